namespace PlanetTechCare.Content.Tests.Support;

/// <summary>A page of library search results; <c>Approximate</c> when they match close spellings of the words.</summary>
public sealed record SearchPageDto(PublicItemDto[] Items, int Page, int PageSize, long Total, bool Approximate);
