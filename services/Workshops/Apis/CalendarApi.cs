using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Validation;
using PlanetTechCare.Workshops.Data;
using PlanetTechCare.Workshops.Domain;
using PlanetTechCare.Workshops.Services;

namespace PlanetTechCare.Workshops.Apis;

/// <summary>
/// iCalendar feeds of upcoming (and recent) workshops: all, per theme, per partner, in French or
/// English (<see cref="LanguageChoice"/>); each event links to the workshop's page.
/// </summary>
public static class CalendarApi
{
    private static readonly TimeSpan RecentPast = TimeSpan.FromDays(31);
    private const int MaxEvents = 500;

    public static RouteGroupBuilder MapCalendarApi(this RouteGroupBuilder api)
    {
        api.MapGet("/calendar.ics", AllAsync)
            .WithName("WorkshopsCalendar")
            .WithSummary("iCalendar feed (RFC 5545, Europe/Paris) of every public workshop from a month ago on, in French or English (?lang= or Accept-Language).");
        api.MapGet("/calendar/themes/{theme}.ics", ThemeAsync)
            .WithName("WorkshopsCalendarByTheme")
            .WithSummary("iCalendar feed of one theme's workshops (404 for a theme no workshop has).");
        api.MapGet("/calendar/partners/{partnerId:guid}.ics", PartnerAsync)
            .WithName("WorkshopsCalendarByPartner")
            .WithSummary("iCalendar feed of the workshops one partner hosts (404 for an unknown partner).");
        return api;
    }

    public static Task<ContentHttpResult> AllAsync(
        [AsParameters] LanguageChoice choice, HttpRequest request, WorkshopsDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        FeedAsync(choice.Language == ServedLanguages.English ? "Planet Tech'Care – workshops" : "Planet Tech'Care – ateliers",
            q => q, choice, request, db, clock, cancellationToken);

    public static async Task<Results<ContentHttpResult, ProblemHttpResult, ValidationProblem>> ThemeAsync(
        string theme, [AsParameters] LanguageChoice choice, HttpRequest request, WorkshopsDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (theme.Length > Limits.Theme || !SlugAttribute.IsSlug(theme))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["theme"] = [ValidationMessages.Slug] });
        }

        if (await UnknownFilter.CheckAsync(db, theme, null, cancellationToken) is { } unknown)
        {
            return unknown;
        }

        return await FeedAsync($"Planet Tech'Care – {theme}", q => q.Where(w => w.Themes.Contains(theme)), choice, request, db, clock, cancellationToken);
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> PartnerAsync(
        Guid partnerId, [AsParameters] LanguageChoice choice, HttpRequest request, WorkshopsDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (await UnknownFilter.CheckAsync(db, null, partnerId, cancellationToken) is { } unknown)
        {
            return unknown;
        }

        var partner = await db.Partners.AsNoTracking().SingleAsync(p => p.Id == partnerId, cancellationToken);
        return await FeedAsync($"Planet Tech'Care – {partner.Name}", q => q.Where(w => w.PartnerIds.Contains(partnerId)),
            choice, request, db, clock, cancellationToken);
    }

    private static async Task<ContentHttpResult> FeedAsync(
        string name, Func<IQueryable<Workshop>, IQueryable<Workshop>> filter, LanguageChoice choice, HttpRequest request,
        WorkshopsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var since = now - RecentPast;
        var workshops = await filter(db.Workshops.AsNoTracking())
            .Where(w => w.Status != WorkshopStatus.Draft && w.EndsAt >= since)
            .OrderBy(w => w.StartsAt).ThenBy(w => w.Id)
            .Take(MaxEvents)
            .ToListAsync(cancellationToken);
        var language = choice.Language;
        var origin = $"{request.Scheme}://{request.Host}{request.PathBase}";
        var ics = WorkshopCalendar.Write(name, workshops, w => WorkshopPage.Address(origin, w.Id, language), now, language);
        LanguageChoice.SetContentLanguage(request.HttpContext.Response, choice.Language);
        return TypedResults.Text(ics, $"{WorkshopCalendar.ContentType}; charset=utf-8");
    }
}
