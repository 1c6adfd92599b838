using PlanetTechCare.Workshops.Domain;

namespace PlanetTechCare.Workshops.Apis;

/// <summary>The <c>?theme=&amp;partner=&amp;format=&amp;from=&amp;to=</c> filters of the workshop lists.</summary>
public sealed record WorkshopFilter(string? Theme, Guid? Partner, string? Format, DateTimeOffset? From, DateTimeOffset? To)
{
    public void Validate(Dictionary<string, string[]> errors)
    {
        if (Format is not null && !WorkshopFormats.All.Contains(Format))
        {
            errors["format"] = [$"One of: {string.Join(", ", WorkshopFormats.All)}."];
        }

        if (Theme is not null && !WorkshopRequestValidator.IsTheme(Theme))
        {
            errors["theme"] = [$"A lower-case slug (a-z, 0-9, '-') of at most {Limits.Theme} characters."];
        }

        if (From is not null && To is not null && To < From)
        {
            errors["to"] = ["The end of the range must not come before its start."];
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
