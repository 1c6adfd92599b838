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
        var months = MonthsSince(launch, clock.GetUtcNow());
        var monthly = Cumulate(months, approved.Select(s => s.ApprovedAt ?? launch), launch);
        var monthlyByCategory = SignatoryCategories.All
            .Select(category => new CategoryMonthlyCounts(category,
                Cumulate(months, approved.Where(s => s.Category == category).Select(s => s.ApprovedAt ?? launch), launch)))
            .ToList();

        var target = Math.Max(1, options.Value.Target);
        return TypedResults.Ok(new SignatoryFigures(
            approved.Count, byCategory, monthly, target, Math.Round((double)approved.Count / target, 4), monthlyByCategory));
    }

    private static List<string> MonthsSince(DateTimeOffset launch, DateTimeOffset now)
    {
        var months = new List<string>();
        for (var month = new DateTime(launch.Year, launch.Month, 1); month <= now.UtcDateTime; month = month.AddMonths(1))
        {
            months.Add(month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        }

        return months;
    }

    /// <summary>Approvals per month (an approval before launch counts in the launch month) and the running total.</summary>
    private static List<MonthlyCount> Cumulate(IReadOnlyList<string> months, IEnumerable<DateTimeOffset> approvals, DateTimeOffset launch)
    {
        var perMonth = approvals.GroupBy(at => MonthOf(at < launch ? launch : at)).ToDictionary(g => g.Key, g => g.Count());
        var cumulative = 0;
        return [.. months.Select(month =>
        {
            var count = perMonth.GetValueOrDefault(month);
            cumulative += count;
            return new MonthlyCount(month, count, cumulative);
        })];
    }

    private static string MonthOf(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
