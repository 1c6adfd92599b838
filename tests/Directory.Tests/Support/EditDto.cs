namespace PlanetTechCare.Directory.Tests.Support;

/// <summary>The staff edit body.</summary>
public sealed record EditDto(List<string> ExpertiseAreas, List<string> Services, List<string> Regions, List<string> Languages, string? CompanySize, string? DescriptionFr, string? DescriptionEn, List<ReferenceDto> References);
