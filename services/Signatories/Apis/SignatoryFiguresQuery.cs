using PlanetTechCare.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PlanetTechCare.Signatories.Data;
using PlanetTechCare.Signatories.Domain;

namespace PlanetTechCare.Signatories.Apis;

/// <summary>The growth figures, counted over the signatories in good standing.</summary>
public static class SignatoryFiguresQuery
{
    public static async Task<Ok<SignatoryFigures>> GetFiguresAsync(
        SignatoriesDbContext db, IOptions<SignatoriesOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var approved = await db.Signatories.AsNoTracking()
            .Where(s => s.Status == SignatoryStatus.Approved)
            .Select(s => new { s.Category, s.ApprovedAt })
            .ToListAsync(cancellationToken);

        var byCategory = SignatoryCategories.All.ToDictionary(
            category => category, category => approved.Count(s => s.Category == category));

        var launch = options.Value.LaunchDate.ToUniversalTime();
        var now = clock.GetUtcNow();
        var perMonth = approved
            .Select(s => s.ApprovedAt ?? launch)
            .GroupBy(at => MonthOf(at < launch ? launch : at))
            .ToDictionary(g => g.Key, g => g.Count());

        var monthly = new List<MonthlyCount>();
        var cumulative = 0;
        for (var month = new DateTime(launch.Year, launch.Month, 1); month <= now.UtcDateTime; month = month.AddMonths(1))
        {
            var key = month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
            var count = perMonth.GetValueOrDefault(key);
            cumulative += count;
            monthly.Add(new MonthlyCount(key, count, cumulative));
        }

        var target = Math.Max(1, options.Value.Target);
        return TypedResults.Ok(new SignatoryFigures(
            approved.Count, byCategory, monthly, target, Math.Round((double)approved.Count / target, 4)));
    }

    private static string MonthOf(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
