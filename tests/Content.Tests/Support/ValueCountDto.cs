namespace PlanetTechCare.Content.Tests.Support;

public sealed record ValueCountDto(string Value, long Count);
