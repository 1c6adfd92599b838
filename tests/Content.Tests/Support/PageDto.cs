namespace PlanetTechCare.Content.Tests.Support;

public sealed record PageDto<T>(T[] Items, int Page, int PageSize, long Total);
