using PlanetTechCare.Contracts;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Validation;
using PlanetTechCare.Signatories.Domain;

namespace PlanetTechCare.Signatories.Apis;

/// <summary><c>?category=&amp;region=&amp;q=&amp;sort=</c> of the public list (with <see cref="PageRequest"/>); newest signatories first by default.</summary>
public sealed record SignatoryListRequest
{
    [OneOf(typeof(SignatoryCategories), nameof(SignatoryCategories.All))]
    public string? Category { get; init; }

    [OneOf(typeof(Regions), nameof(Regions.All))]
    public string? Region { get; init; }

    /// <summary>Part of the name, regardless of accents and case.</summary>
    [Text(Limits.LegalName)]
    public string? Q { get; init; }

    [OneOf("name", "-name", "signedAt", "-signedAt")]
    public string? Sort { get; init; }

    public IQueryable<Signatory> Apply(IQueryable<Signatory> signatories)
    {
        var query = signatories;
        if (Category is not null)
        {
            query = query.Where(s => s.Category == Category);
        }

        if (Region is not null)
        {
            query = query.Where(s => s.Region == Region);
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            var folded = SearchText.Fold(Q);
            query = query.Where(s => s.SearchName.Contains(folded));
        }

        var ordered = Sort switch
        {
            "name" => query.OrderBy(s => s.SearchName),
            "-name" => query.OrderByDescending(s => s.SearchName),
            "signedAt" => query.OrderBy(s => s.ApprovedAt),
            _ => query.OrderByDescending(s => s.ApprovedAt),
        };
        return ordered.ThenBy(s => s.Id);
    }
}
