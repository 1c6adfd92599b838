using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Content.Data;
using PlanetTechCare.Content.Data.Search;
using PlanetTechCare.Content.Domain;
using PlanetTechCare.ServiceDefaults.Apis;

namespace PlanetTechCare.Content.Apis;

/// <summary>
/// The public library: search, one item by id or by slug, themes, tags and item types, coverage
/// figures and the Atom feed. Only published items show; each answer says which language it is in
/// (<c>Content-Language</c>) and, per item, whether that is a fallback.
/// </summary>
public static class ContentApi
{
    public const string BasePath = "/api/v1/content";
    public const string TypesPath = "/types";

    public static RouteGroupBuilder MapContentApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(BasePath).WithTags("Content");

        api.MapGet("/items", SearchItemsAsync).WithName("SearchItems")
            .WithSummary("Published items, newest first or by relevance, full text in French and English (accent- and typo-tolerant), filtered, paged.");
        api.MapGet("/items/{id:guid}", GetItemAsync).WithName("GetItem")
            .WithSummary("One published item in the language asked for (?lang= or Accept-Language), or the other one as a fallback.");
        api.MapGet("/items/by-slug/{lang}/{slug}", GetItemBySlugAsync).WithName("GetItemBySlug")
            .WithSummary("One published item by its slug in a language.");
        api.MapGet("/themes", (ContentDbContext db, CancellationToken ct) => CountsAsync(db, tags: false, ct)).WithName("ListThemes")
            .WithSummary("The themes of published items, with how many items carry each.");
        api.MapGet("/tags", (ContentDbContext db, CancellationToken ct) => CountsAsync(db, tags: true, ct)).WithName("ListTags")
            .WithSummary("The tags of published items, with how many items carry each.");
        api.MapGet(TypesPath, () => TypedResults.Ok(ItemTypeView.All)).WithName("ListItemTypes")
            .WithSummary("The kinds of item, with their French and English names: the scheme of the Atom feed's type categories.");
        api.MapGet("/figures", GetFiguresAsync).WithName("GetContentFigures")
            .WithSummary("Translation coverage: the share of published items with a published English version, overall, per type and per theme.");
        api.MapGet("/feed.atom", GetFeedAsync).WithName("GetContentFeed")
            .WithSummary("Atom feed of the newest published items in one language (?lang= or Accept-Language).");
        return api;
    }

    public static async Task<Ok<ItemSearchResponse>> SearchItemsAsync(
        [AsParameters] ItemSearchRequest request, [AsParameters] LanguageChoice choice, [AsParameters] PageRequest page,
        HttpResponse response, ContentDbContext db, CancellationToken cancellationToken)
    {
        var result = await db.SearchAsync(request.ToCriteria(page), cancellationToken);
        var language = choice.Language;
        LanguageChoice.SetContentLanguage(response, language);
        return TypedResults.Ok(new ItemSearchResponse(
            [.. result.Page.Select(item => PublicItemSummary.From(item, language))], page.PageNumber, page.Size, result.Total, result.Approximate));
    }

    public static async Task<Results<Ok<PublicItemView>, NotFound>> GetItemAsync(
        Guid id, [AsParameters] LanguageChoice choice, HttpResponse response, ContentDbContext db, CancellationToken cancellationToken)
    {
        var item = await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id && i.Status == ItemStatus.Published, cancellationToken);
        var language = choice.Language;
        if (item is null || LocalizedView.Choose(item, language) is not { } version)
        {
            return TypedResults.NotFound();
        }

        LanguageChoice.SetContentLanguage(response, version.Language);
        return TypedResults.Ok(PublicItemView.From(item, version, language));
    }

    public static async Task<Results<Ok<PublicItemView>, NotFound, ValidationProblem>> GetItemBySlugAsync(
        string lang, string slug, HttpResponse response, ContentDbContext db, CancellationToken cancellationToken)
    {
        if (!ServedLanguages.IsKnown(lang))
        {
            return LanguageChoice.UnknownLanguage();
        }

        var item = Slugs.IsValid(slug)
            ? await db.Items.AsNoTracking().FirstOrDefaultAsync(
                i => i.Status == ItemStatus.Published
                    && i.Versions.Any(v => v.Language == lang && v.Slug == slug && v.Status == TranslationStatus.Published),
                cancellationToken)
            : null;
        if (item?.PublishedVersion(lang) is not { } version)
        {
            return TypedResults.NotFound();
        }

        LanguageChoice.SetContentLanguage(response, lang);
        return TypedResults.Ok(PublicItemView.From(item, version, lang));
    }

    public static async Task<Ok<List<ValueCount>>> CountsAsync(ContentDbContext db, bool tags, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.CountValuesAsync(tags, cancellationToken));

    public static async Task<Ok<CoverageFigures>> GetFiguresAsync(ContentDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Items.AsNoTracking()
            .Where(i => i.Status == ItemStatus.Published)
            .Select(i => new
            {
                i.Type,
                i.Themes,
                English = i.Versions.Any(v => v.Language == ServedLanguages.English && v.Status == TranslationStatus.Published),
            })
            .ToListAsync(cancellationToken);

        var overall = Coverage.Of(null, rows.Count, rows.Count(r => r.English));
        var byType = ItemTypes.All
            .Select(type => Coverage.Of(type, rows.Count(r => r.Type == type), rows.Count(r => r.Type == type && r.English)))
            .ToList();
        var byTheme = rows.SelectMany(r => r.Themes.Select(theme => (Theme: theme, r.English)))
            .GroupBy(r => r.Theme, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Coverage.Of(g.Key, g.Count(), g.Count(r => r.English)))
            .ToList();
        return TypedResults.Ok(new CoverageFigures(overall, byType, byTheme));
    }

    public static async Task<ContentHttpResult> GetFeedAsync(
        [AsParameters] LanguageChoice choice, HttpRequest http, ContentDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var language = choice.Language;
        var items = await db.Items.AsNoTracking()
            .Where(i => i.Status == ItemStatus.Published)
            .OrderByDescending(i => i.PublishedAt).ThenBy(i => i.Id)
            .Take(50)
            .ToListAsync(cancellationToken);
        var baseUrl = $"{http.Scheme}://{http.Host}{http.PathBase}";
        var feed = AtomFeed.Build(items, language, baseUrl, clock.GetUtcNow());
        LanguageChoice.SetContentLanguage(http.HttpContext.Response, language);
        return TypedResults.Text(feed.Declaration + "\n" + feed.ToString(), "application/atom+xml", Encoding.UTF8);
    }
}
