using PlanetTechCare.Directory.Domain;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Validation;

namespace PlanetTechCare.Directory.Apis;

/// <summary>Staff's edit of a listing's details; replaces them all (so a retry has the same effect).</summary>
public sealed record ListingEditRequest(
    [property: Items(ListingEditRequest.MaxItems), OneOf(typeof(Vocabulary), nameof(Vocabulary.ExpertiseCodes))] List<string>? ExpertiseAreas,
    [property: Items(ListingEditRequest.MaxItems), Text(ListingEditRequest.MaxServiceLength)] List<string>? Services,
    [property: Items(ListingEditRequest.MaxItems), OneOf(typeof(Vocabulary), nameof(Vocabulary.Regions))] List<string>? Regions,
    [property: Items(ListingEditRequest.MaxItems), OneOf(typeof(Vocabulary), nameof(Vocabulary.Languages))] List<string>? Languages,
    [property: OneOf(typeof(Vocabulary), nameof(Vocabulary.Sizes))] string? CompanySize,
    [property: Text(ListingEditRequest.MaxDescriptionLength, Multiline = true)] string? DescriptionFr,
    [property: Text(ListingEditRequest.MaxDescriptionLength, Multiline = true)] string? DescriptionEn,
    [property: Items(ListingEditRequest.MaxItems)] List<ReferenceRequest>? References) : IExampleBody<ListingEditRequest>
{
    /// <summary>The example the API documents show.</summary>
    public static ListingEditRequest Example => new(
        ["eco-design", "impact-measurement"], ["Audit d'écoconception", "Analyse du cycle de vie"], ["bretagne", "remote"], ["fr", "en"], "10-49",
        "Studio d'écoconception web à Rennes : audits, refontes sobres et formations.",
        "Eco-design web studio in Rennes: audits, low-impact redesigns and training.",
        [new ReferenceRequest("Écoconception du site d'une mutuelle", "https://octetvert.example/references/mutuelle")]);

    public const int MaxItems = 30;
    public const int MaxServiceLength = 200;
    public const int MaxDescriptionLength = 5000;

    public ListingDetails ToDetails() => new(
        ExpertiseAreas ?? [], Services?.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).ToList() ?? [], Regions ?? [], Languages ?? [], CompanySize,
        string.IsNullOrWhiteSpace(DescriptionFr) ? null : DescriptionFr.Trim(),
        string.IsNullOrWhiteSpace(DescriptionEn) ? null : DescriptionEn.Trim(),
        References?.Select(r => new ListingReference(r.Title!.Trim(), r.Url!)).ToList() ?? []);
}
