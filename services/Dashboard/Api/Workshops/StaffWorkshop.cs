namespace PlanetTechCare.Dashboard.Api.Workshops;

/// <summary>A workshop as staff see it.</summary>
public sealed record StaffWorkshop(Guid Id, string Status, WorkshopView Workshop, string? MeetingUrl, int ConfirmedCount, string? CancellationReason);
