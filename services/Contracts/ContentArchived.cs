namespace PlanetTechCare.Contracts;

/// <summary>A library item is archived: it is no longer public (<see cref="WasPublished"/> says whether it had been).</summary>
public sealed record ContentArchived(
    Guid ItemId,
    bool WasPublished,
    string ArchivedBy,
    DateTimeOffset ArchivedAt) : IntegrationEvent;
