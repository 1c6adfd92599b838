namespace PlanetTechCare.Dashboard.Api.Directory;

/// <summary>A listing with its moderation status and the signatory's standing.</summary>
public sealed record StaffListing(ListingDetails Listing, string Category, string Status, string Standing, string? UnpublishReason, bool IsPublic, DateTimeOffset UpdatedAt);
