namespace PlanetTechCare.Directory.Tests.Support;

/// <summary>A page of the moderation queue.</summary>
public sealed record QueueDto(List<StaffListingDto> Items, int Page, int PageSize, long Total);
