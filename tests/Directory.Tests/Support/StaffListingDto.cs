namespace PlanetTechCare.Directory.Tests.Support;

/// <summary>A listing as staff see it.</summary>
public sealed record StaffListingDto(ListingDto Listing, string Category, string Status, string Standing, string? UnpublishReason, bool IsPublic, long StandingVersion, long ProfileVersion);
