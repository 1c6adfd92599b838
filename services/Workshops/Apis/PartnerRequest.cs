namespace PlanetTechCare.Workshops.Apis;

public sealed record PartnerRequest(string? Name, string? Website, string? LogoUrl, string? DescriptionFr, string? DescriptionEn);
