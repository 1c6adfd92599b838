using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Validation;
using PlanetTechCare.Workshops.Domain;

namespace PlanetTechCare.Workshops.Apis;

/// <summary>A partner organisation as staff add or describe it; the name is its natural key.</summary>
public sealed record PartnerRequest(
    [property: RequiredField, Text(Limits.Name)] string? Name,
    [property: Text(Limits.Url), HttpUrl] string? Website,
    [property: Text(Limits.Url), HttpUrl] string? LogoUrl,
    [property: Text(Limits.Summary, Multiline = true)] string? DescriptionFr,
    [property: Text(Limits.Summary, Multiline = true)] string? DescriptionEn) : IExampleBody<PartnerRequest>
{
    /// <summary>The example the API documents show.</summary>
    public static PartnerRequest Example => new(
        "Alliance Green IT", "https://alliancegreenit.example", null,
        "Association des professionnels du numérique responsable.", "Association of responsible digital professionals.");
}
