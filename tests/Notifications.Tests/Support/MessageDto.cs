namespace PlanetTechCare.Notifications.Tests.Support;

/// <summary>One message as the staff API returns it.</summary>
public sealed record MessageDto(
    Guid Id, Guid EventId, string Recipient, string Language, string Template, string Subject, string Status, int Attempts,
    DateTimeOffset? NextAttemptAt, string? LastSmtpAnswer, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, bool HasInvitation);
