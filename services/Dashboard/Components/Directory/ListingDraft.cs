using PlanetTechCare.Dashboard.Api.Directory;

namespace PlanetTechCare.Dashboard.Components.Directory;

/// <summary>A listing as the editor holds it: services one per line, references as "title | link" lines.</summary>
public sealed class ListingDraft
{
    public IReadOnlyCollection<string> ExpertiseAreas { get; set; } = [];

    public IReadOnlyCollection<string> Regions { get; set; } = [];

    public IReadOnlyCollection<string> Languages { get; set; } = [];

    public string? CompanySize { get; set; }

    public string? Services { get; set; }

    public string? DescriptionFr { get; set; }

    public string? DescriptionEn { get; set; }

    public string? References { get; set; }

    public static ListingDraft Of(ListingDetails listing) => new()
    {
        ExpertiseAreas = [.. listing.ExpertiseAreas],
        Regions = [.. listing.Regions],
        Languages = [.. listing.Languages ?? []],
        CompanySize = listing.CompanySize,
        Services = string.Join('\n', listing.Services ?? []),
        DescriptionFr = listing.DescriptionFr,
        DescriptionEn = listing.DescriptionEn,
        References = string.Join('\n', (listing.References ?? []).Select(r => $"{r.Title} | {r.Url}")),
    };

    public ListingEdit ToRequest() => new(
        [.. ExpertiseAreas], Lines(Services), [.. Regions], [.. Languages], CompanySize, DescriptionFr, DescriptionEn,
        [.. Lines(References).Select(line => line.Split('|', 2, StringSplitOptions.TrimEntries) is [var title, var url]
            ? new ListingReference(title, url)
            : new ListingReference(line, null))]);

    private static string[] Lines(string? text) =>
        (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
