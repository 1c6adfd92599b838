namespace PlanetTechCare.Webhooks.Tests.Support;

public sealed record PageDto<T>(List<T> Items, int Page, int PageSize, long Total);
