namespace PlanetTechCare.Workshops.Apis;

public sealed record WorkshopSummary(Guid Id, string Title, DateTimeOffset CreatedAt);
