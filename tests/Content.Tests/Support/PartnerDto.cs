namespace PlanetTechCare.Content.Tests.Support;

public sealed record PartnerDto(Guid Id, string Name);
