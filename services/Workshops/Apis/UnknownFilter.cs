using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Workshops.Data;
using PlanetTechCare.Workshops.Domain;

namespace PlanetTechCare.Workshops.Apis;

/// <summary>
/// A theme no public workshop carries, or a partner that does not exist, is not found (404, the
/// problem naming it), in the JSON lists as in the calendar feeds: an empty answer would read as
/// "nothing planned" for a typo.
/// </summary>
public static class UnknownFilter
{
    public static async Task<ProblemHttpResult?> CheckAsync(WorkshopsDbContext db, string? theme, Guid? partner, CancellationToken cancellationToken)
    {
        if (theme is not null && !await db.Workshops.AnyAsync(w => w.Status != WorkshopStatus.Draft && w.Themes.Contains(theme), cancellationToken))
        {
            return NotFound("theme", "Unknown theme", $"No workshop has the theme '{theme}'.");
        }

        if (partner is { } id && !await db.Partners.AnyAsync(p => p.Id == id, cancellationToken))
        {
            return NotFound("partner", "Unknown partner", $"No partner has the id '{id}'.");
        }

        return null;
    }

    private static ProblemHttpResult NotFound(string field, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: title,
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [detail] } });
}
