namespace PlanetTechCare.Directory.Tests.Support;

/// <summary>One listing as the API returns it.</summary>
public sealed record ListingDto(Guid Id, string Name, List<string> ExpertiseAreas, List<string> Services, List<string> Regions, List<string> Languages, string? CompanySize, string? DescriptionFr, string? DescriptionEn);
