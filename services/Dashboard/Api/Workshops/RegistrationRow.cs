namespace PlanetTechCare.Dashboard.Api.Workshops;

/// <summary>A registration to a workshop, in arrival order.</summary>
public sealed record RegistrationRow(
    Guid Id, long Sequence, string Name, string Email, string? Organisation, string Status, DateTimeOffset RegisteredAt, bool? Attended);
