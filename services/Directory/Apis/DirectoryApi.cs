using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Directory.Data;
using PlanetTechCare.Directory.Data.Search;
using PlanetTechCare.ServiceDefaults.Apis;

namespace PlanetTechCare.Directory.Apis;

/// <summary>The public directory: search with facets, and one listing. Only public listings show.</summary>
public static class DirectoryApi
{
    public static RouteGroupBuilder MapDirectoryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/directory/listings").WithTags("Directory");

        api.MapGet("/", SearchListingsAsync)
            .WithName("SearchListings")
            .WithSummary("Searches published listings (accent- and typo-tolerant), ranked by relevance, with facet counts, one page at a time.");

        api.MapGet("/{id:guid}", GetListingAsync)
            .WithName("GetListing")
            .WithSummary("One published listing of a signatory in good standing.");

        return api;
    }

    public static async Task<Ok<ListingSearchResponse>> SearchListingsAsync(
        [AsParameters] ListingSearchRequest request, [AsParameters] LanguageChoice choice, [AsParameters] PageRequest page,
        HttpResponse response, DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var result = await db.SearchAsync(request.ToCriteria(page), cancellationToken);
        var language = choice.Language;
        LanguageChoice.SetContentLanguage(response, language);
        var items = result.Page.Select(hit => ListingSummary.From(hit.Listing, hit.Rank, language)).ToList();
        return TypedResults.Ok(new ListingSearchResponse(items, page.PageNumber, page.Size, result.Total, result.Approximate, Facets(result.Facets)));
    }

    public static async Task<Results<Ok<ListingView>, NotFound>> GetListingAsync(Guid id, DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var listing = await db.Listings.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        return listing is { IsPublic: true } ? TypedResults.Ok(ListingView.From(listing)) : TypedResults.NotFound();
    }

    private static SearchFacets Facets(IReadOnlyList<FacetRow> rows)
    {
        List<FacetValue> Of(string facet) => [.. rows.Where(r => r.Facet == facet)
            .OrderByDescending(r => r.Count).ThenBy(r => r.Value, StringComparer.Ordinal)
            .Select(r => new FacetValue(r.Value, r.Count))];
        return new SearchFacets(Of("expertise"), Of("region"), Of("size"), Of("language"));
    }
}
