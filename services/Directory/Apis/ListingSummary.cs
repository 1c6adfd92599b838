namespace PlanetTechCare.Directory.Apis;

public sealed record ListingSummary(Guid Id, string Name, DateTimeOffset CreatedAt);
