namespace PlanetTechCare.ServiceDefaults.Apis;

/// <summary>One page of a list, with the total count across all pages.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total);
