using PlanetTechCare.Workshops.Domain;

namespace PlanetTechCare.Workshops.Apis;

public sealed record PartnerResponse(Guid Id, string Name, string? Website, string? LogoUrl, string? DescriptionFr, string? DescriptionEn)
{
    public static PartnerResponse From(Partner partner) =>
        new(partner.Id, partner.Name, partner.Website, partner.LogoUrl, partner.DescriptionFr, partner.DescriptionEn);
}
