namespace PlanetTechCare.Directory.Tests.Support;

/// <summary>One search result.</summary>
public sealed record SummaryDto(
    Guid Id, string Name, double Relevance, string? CompanySize, string? Language, string? RequestedLanguage, bool Fallback, string? Description);
