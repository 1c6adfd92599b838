using PlanetTechCare.ServiceDefaults.Validation;
using PlanetTechCare.Signatories.Domain;

namespace PlanetTechCare.Signatories.Apis;

/// <summary>
/// <c>?status=&amp;q=</c> of the staff search (with <see cref="PageRequest"/>): organisations in any
/// status, so that staff find a suspended one to reinstate, or a withdrawn one's history, by name.
/// </summary>
public sealed record StaffSearchRequest
{
    public static readonly IReadOnlyList<string> Statuses = [.. Enum.GetNames<SignatoryStatus>().Select(name => name.ToLowerInvariant())];

    [OneOf(typeof(StaffSearchRequest), nameof(Statuses))]
    public string? Status { get; init; }

    /// <summary>Part of the name, regardless of accents and case.</summary>
    [Text(Limits.LegalName)]
    public string? Q { get; init; }

    public IQueryable<Signatory> Apply(IQueryable<Signatory> signatories)
    {
        var query = signatories;
        if (Status is not null)
        {
            var status = Enum.Parse<SignatoryStatus>(Status, ignoreCase: true);
            query = query.Where(s => s.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            var folded = SearchText.Fold(Q);
            query = query.Where(s => s.SearchName.Contains(folded));
        }

        return query.OrderBy(s => s.SearchName).ThenBy(s => s.Id);
    }
}
