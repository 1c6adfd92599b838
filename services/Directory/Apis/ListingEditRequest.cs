using PlanetTechCare.Directory.Domain;

namespace PlanetTechCare.Directory.Apis;

/// <summary>Staff's edit of a listing's details; replaces them all (so a retry has the same effect).</summary>
public sealed record ListingEditRequest(
    List<string>? ExpertiseAreas,
    List<string>? Services,
    List<string>? Regions,
    List<string>? Languages,
    string? CompanySize,
    string? DescriptionFr,
    string? DescriptionEn,
    List<ReferenceRequest>? References)
{
    public const int MaxItems = 30;
    public const int MaxServiceLength = 200;
    public const int MaxDescriptionLength = 5000;
    public const int MaxTitleLength = 200;
    public const int MaxUrlLength = 500;

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        ListingSearchRequest.CheckKnown(errors, "expertiseAreas", ExpertiseAreas, Vocabulary.ExpertiseAreas.Keys);
        ListingSearchRequest.CheckKnown(errors, "regions", Regions, Vocabulary.Regions);
        ListingSearchRequest.CheckKnown(errors, "languages", Languages, Vocabulary.Languages);
        if (CompanySize is not null)
        {
            ListingSearchRequest.CheckKnown(errors, "companySize", [CompanySize], Vocabulary.Sizes);
        }

        foreach (var (field, count) in new[] { ("expertiseAreas", ExpertiseAreas?.Count), ("services", Services?.Count), ("regions", Regions?.Count), ("languages", Languages?.Count), ("references", References?.Count) })
        {
            if (count > MaxItems)
            {
                errors[field] = [$"At most {MaxItems} items."];
            }
        }

        if (Services?.Any(s => string.IsNullOrWhiteSpace(s) || s.Length > MaxServiceLength) == true)
        {
            errors["services"] = [$"Each service must have 1 to {MaxServiceLength} characters."];
        }

        foreach (var (field, text) in new[] { ("services", string.Concat(Services ?? [])), ("descriptionFr", DescriptionFr), ("descriptionEn", DescriptionEn), ("references", string.Concat(References?.Select(r => r?.Title + r?.Url) ?? [])) })
        {
            if (text?.Contains('\0', StringComparison.Ordinal) == true)
            {
                errors[field] = ["Text must not contain NUL characters."];
            }
        }

        if (DescriptionFr?.Length > MaxDescriptionLength)
        {
            errors["descriptionFr"] = [$"At most {MaxDescriptionLength} characters."];
        }

        if (DescriptionEn?.Length > MaxDescriptionLength)
        {
            errors["descriptionEn"] = [$"At most {MaxDescriptionLength} characters."];
        }

        if (References?.Any(r => r is null || !IsValid(r)) == true)
        {
            errors["references"] = [$"Each reference needs a title (1 to {MaxTitleLength} characters) and an absolute http(s) URL (at most {MaxUrlLength} characters)."];
        }

        return errors;
    }

    public ListingDetails ToDetails() => new(
        ExpertiseAreas ?? [], Services?.Select(s => s.Trim()).ToList() ?? [], Regions ?? [], Languages ?? [], CompanySize,
        string.IsNullOrWhiteSpace(DescriptionFr) ? null : DescriptionFr.Trim(),
        string.IsNullOrWhiteSpace(DescriptionEn) ? null : DescriptionEn.Trim(),
        References?.Select(r => new ListingReference(r.Title!.Trim(), r.Url!)).ToList() ?? []);

    private static bool IsValid(ReferenceRequest reference) =>
        !string.IsNullOrWhiteSpace(reference.Title) && reference.Title.Length <= MaxTitleLength
        && reference.Url is { Length: <= MaxUrlLength }
        && Uri.TryCreate(reference.Url, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);
}
