using System.ComponentModel.DataAnnotations;
using PlanetTechCare.ServiceDefaults.Validation;
using PlanetTechCare.Workshops.Domain;

namespace PlanetTechCare.Workshops.Apis;

/// <summary>
/// The <c>?theme=&amp;partner=&amp;format=&amp;from=&amp;to=</c> filters of the workshop lists (with
/// <see cref="ServiceDefaults.Apis.PageRequest"/>); the range may not end before it starts.
/// </summary>
public sealed record WorkshopFilter : IValidatableObject
{
    [Text(Limits.Theme), Slug]
    public string? Theme { get; init; }

    public Guid? Partner { get; init; }

    [OneOf(typeof(WorkshopFormats), nameof(WorkshopFormats.All))]
    public string? Format { get; init; }

    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (To < From)
        {
            yield return new ValidationResult(ValidationMessages.EndNotBeforeStart, [nameof(To)]);
        }
    }

    public IQueryable<Workshop> Apply(IQueryable<Workshop> query)
    {
        if (Theme is not null)
        {
            query = query.Where(w => w.Themes.Contains(Theme));
        }

        if (Partner is { } partner)
        {
            query = query.Where(w => w.PartnerIds.Contains(partner));
        }

        if (Format is not null)
        {
            query = query.Where(w => w.Format == Format);
        }

        if (From is { } from)
        {
            var fromUtc = from.ToUniversalTime();
            query = query.Where(w => w.StartsAt >= fromUtc);
        }

        if (To is { } to)
        {
            var toUtc = to.ToUniversalTime();
            query = query.Where(w => w.StartsAt <= toUtc);
        }

        return query;
    }
}
