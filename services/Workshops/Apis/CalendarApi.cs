using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PlanetTechCare.ServiceDefaults.Validation;
using PlanetTechCare.Workshops.Data;
using PlanetTechCare.Workshops.Domain;
using PlanetTechCare.Workshops.Services;

namespace PlanetTechCare.Workshops.Apis;

/// <summary>iCalendar feeds of upcoming (and recent) workshops: all, per theme, per partner.</summary>
public static class CalendarApi
{
    private static readonly TimeSpan RecentPast = TimeSpan.FromDays(31);
    private const int MaxEvents = 500;

    public static RouteGroupBuilder MapCalendarApi(this RouteGroupBuilder api)
    {
        api.MapGet("/calendar.ics", AllAsync)
            .WithName("WorkshopsCalendar")
            .WithSummary("iCalendar feed (RFC 5545, Europe/Paris) of every public workshop from a month ago on.");
        api.MapGet("/calendar/themes/{theme}.ics", ThemeAsync)
            .WithName("WorkshopsCalendarByTheme")
            .WithSummary("iCalendar feed of one theme's workshops.");
        api.MapGet("/calendar/partners/{partnerId:guid}.ics", PartnerAsync)
            .WithName("WorkshopsCalendarByPartner")
            .WithSummary("iCalendar feed of the workshops one partner hosts.");
        return api;
    }

    public static Task<ContentHttpResult> AllAsync(HttpRequest request, WorkshopsDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        FeedAsync("Planet Tech'Care – ateliers", q => q, request, db, clock, cancellationToken);

    public static async Task<Results<ContentHttpResult, NotFound>> ThemeAsync(
        string theme, HttpRequest request, WorkshopsDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        theme.Length <= Limits.Theme && SlugAttribute.IsSlug(theme)
            ? await FeedAsync($"Planet Tech'Care – {theme}", q => q.Where(w => w.Themes.Contains(theme)), request, db, clock, cancellationToken)
            : TypedResults.NotFound();

    public static async Task<Results<ContentHttpResult, NotFound>> PartnerAsync(
        Guid partnerId, HttpRequest request, WorkshopsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var partner = await db.Partners.AsNoTracking().SingleOrDefaultAsync(p => p.Id == partnerId, cancellationToken);
        if (partner is null)
        {
            return TypedResults.NotFound();
        }

        return await FeedAsync($"Planet Tech'Care – {partner.Name}", q => q.Where(w => w.PartnerIds.Contains(partnerId)),
            request, db, clock, cancellationToken);
    }

    private static async Task<ContentHttpResult> FeedAsync(
        string name, Func<IQueryable<Workshop>, IQueryable<Workshop>> filter, HttpRequest request,
        WorkshopsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var since = now - RecentPast;
        var workshops = await filter(db.Workshops.AsNoTracking())
            .Where(w => w.Status != WorkshopStatus.Draft && w.EndsAt >= since)
            .OrderBy(w => w.StartsAt).ThenBy(w => w.Id)
            .Take(MaxEvents)
            .ToListAsync(cancellationToken);
        var origin = $"{request.Scheme}://{request.Host}{request.PathBase}";
        var ics = WorkshopCalendar.Write(name, workshops, w => new Uri($"{origin}{WorkshopsApi.BasePath}/{w.Id}"), now);
        return TypedResults.Text(ics, $"{WorkshopCalendar.ContentType}; charset=utf-8");
    }
}
