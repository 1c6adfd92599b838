using PlanetTechCare.Contracts;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Validation;
using PlanetTechCare.Signatories.Domain;

namespace PlanetTechCare.Signatories.Apis;

/// <summary>A staff update of a signatory's public profile; replaces it all (the website and the description are optional).</summary>
public sealed record ProfileRequest(
    [property: RequiredField, Text(Limits.LegalName)] string? LegalName,
    [property: Text(Limits.Website), HttpUrl] string? Website,
    [property: RequiredField, OneOf(typeof(SignatoryCategories), nameof(SignatoryCategories.All))] string? Category,
    [property: RequiredField, OneOf(typeof(SizeBands), nameof(SizeBands.All))] string? SizeBand,
    [property: RequiredField, OneOf(typeof(Regions), nameof(Regions.All))] string? Region,
    [property: Text(Limits.Description, Multiline = true)] string? PublicDescription) : IExampleBody<ProfileRequest>
{
    /// <summary>The example the API documents show.</summary>
    public static ProfileRequest Example => new(
        "Octet Vert", "https://octetvert.example", SignatoryCategories.DigitalServiceProvider, SizeBands.Small, "bretagne", "Studio d'écoconception web à Rennes.");

    public OrganisationProfile ToProfile() =>
        new(LegalName!.Trim(), Website.TrimmedOrNull(), Category!, SizeBand!, Region!, PublicDescription.TrimmedOrNull());
}
