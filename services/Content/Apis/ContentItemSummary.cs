namespace PlanetTechCare.Content.Apis;

public sealed record ContentItemSummary(Guid Id, string Title, DateTimeOffset CreatedAt);
