using PlanetTechCare.Notifications.Domain;

namespace PlanetTechCare.Notifications.Apis;

/// <summary>One message as staff see it: to whom, which e-mail for which event, and how sending it went.</summary>
public sealed record MessageView(
    Guid Id,
    Guid EventId,
    string Recipient,
    string Language,
    string Template,
    string Subject,
    string Status,
    int Attempts,
    DateTimeOffset? NextAttemptAt,
    string? LastSmtpAnswer,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastAttemptAt,
    DateTimeOffset? SentAt,
    bool HasInvitation)
{
    /// <summary>The status filter's values, as the API writes them.</summary>
    public static IReadOnlyList<string> StatusTexts { get; } = [.. Enum.GetValues<MessageStatus>().Select(StatusText)];

    public static string StatusText(MessageStatus status) => status.ToString().ToLowerInvariant();

    public static MessageStatus? StatusOf(string text) =>
        Enum.GetValues<MessageStatus>().Where(status => StatusText(status) == text).Select(status => (MessageStatus?)status).FirstOrDefault();

    public static MessageView From(Message message) => new(
        message.Id, message.EventId, message.Recipient, message.Language, message.Template, message.Subject, StatusText(message.Status),
        message.Attempts, message.NextAttemptAt, message.LastSmtpAnswer, message.CreatedAt, message.LastAttemptAt, message.SentAt,
        message.Invitation is not null);
}
