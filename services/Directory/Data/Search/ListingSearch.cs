using System.Data;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace PlanetTechCare.Directory.Data.Search;

/// <summary>
/// Public search in PostgreSQL itself, one statement per search: the matches are computed once
/// (materialised) and give the total, the page and the facet counts. Words are matched by full text
/// (<c>search_vector</c>: French, English and simple configurations, folded, GIN), or by their French
/// synonyms (<see cref="Domain.SearchSynonyms"/>); only when no listing matches them are the words
/// that no listing has replaced by close spellings of known words (<see cref="CloseSpellings"/>), and
/// the corrected words matched by full text again.
/// </summary>
public static class ListingSearch
{
    // {0} text, {1} expertise, {2} regions, {3} sizes, {4} languages, {5} skip, {6} take, {7} the text with its synonyms
    // in French (or null): both are folded as the indexed text is (directory_fold), and either may match.
    // PARSE, MATCH and RANK are replaced by a MatchKind's SQL (constants, never input). Facet values are
    // unnested in the select list, which counts them twice as fast as a lateral join to unnest.
    private const string Template = """
        WITH typed AS (
            SELECT PARSE('simple', directory_fold({0}::text))
                   || PARSE('french', directory_fold({0}::text))
                   || PARSE('english', directory_fold({0}::text)) AS words
        ),
        query AS (
            SELECT CASE WHEN {7}::text IS NULL THEN t.words ELSE t.words
                       || PARSE('simple', directory_fold({7}::text))
                       || PARSE('french', directory_fold({7}::text))
                       || PARSE('english', directory_fold({7}::text)) END AS words
            FROM typed t
        ),
        matches AS MATERIALIZED (
            SELECT l.id, l.name, l.expertise_areas, l.regions, l.languages, l.company_size, (RANK)::float8 AS rank
            FROM listings l, query q
            WHERE l.status = 'Published' AND l.standing = 'InGoodStanding' AND l.category = 'digital-service-provider'
              AND MATCH
              AND (cardinality({1}::text[]) = 0 OR l.expertise_areas && {1}::text[])
              AND (cardinality({2}::text[]) = 0 OR l.regions && {2}::text[])
              AND (cardinality({3}::text[]) = 0 OR l.company_size = ANY({3}::text[]))
              AND (cardinality({4}::text[]) = 0 OR l.languages && {4}::text[])
        ),
        page AS (
            SELECT id, name, rank FROM matches ORDER BY rank DESC, name, id OFFSET {5} LIMIT {6}
        ),
        facets AS (
            SELECT 'expertise' AS facet, v AS value, count(*) AS count FROM (SELECT unnest(expertise_areas) v FROM matches) e GROUP BY v
            UNION ALL SELECT 'region', v, count(*) FROM (SELECT unnest(regions) v FROM matches) r GROUP BY v
            UNION ALL SELECT 'language', v, count(*) FROM (SELECT unnest(languages) v FROM matches) g GROUP BY v
            UNION ALL SELECT 'size', company_size, count(*) FROM matches WHERE company_size IS NOT NULL GROUP BY company_size
        )
        SELECT (SELECT count(*) FROM matches) AS "Total",
               (SELECT coalesce(json_agg(json_build_object('id', id, 'rank', rank) ORDER BY rank DESC, name, id), '[]') FROM page)::text AS "Hits",
               (SELECT coalesce(json_agg(facets), '[]') FROM facets)::text AS "Facets"
        """;

    private static readonly JsonSerializerOptions RowJson = new(JsonSerializerDefaults.Web);

    public static async Task<ListingSearchResult> SearchAsync(this DirectoryDbContext db, ListingSearchCriteria criteria, CancellationToken cancellationToken)
    {
        // One snapshot for the search and the listings it returns.
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);

        var kind = criteria.Text is null ? MatchKind.Everything : MatchKind.Words;
        var row = await db.MatchAsync(kind, criteria, cancellationToken);
        if (row.Total == 0 && kind == MatchKind.Words && await db.CorrectAsync(criteria, cancellationToken) is { } corrected)
        {
            kind = MatchKind.CorrectedWords;
            row = await db.MatchAsync(kind, corrected, cancellationToken);
        }

        var hits = JsonSerializer.Deserialize<List<ListingHit>>(row.Hits, RowJson) ?? [];
        var facets = JsonSerializer.Deserialize<List<FacetRow>>(row.Facets, RowJson) ?? [];
        var ids = hits.Select(h => h.Id).ToList();
        var listings = await db.Listings.AsNoTracking().Where(l => ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var page = hits.Where(h => listings.ContainsKey(h.Id)).Select(h => (listings[h.Id], h.Rank)).ToList();
        return new ListingSearchResult(page, row.Total, facets, Approximate: kind == MatchKind.CorrectedWords);
    }

    private static async Task<SearchRow> MatchAsync(this DirectoryDbContext db, MatchKind kind, ListingSearchCriteria criteria, CancellationToken cancellationToken)
    {
        var sql = Template.Replace("PARSE", kind.Parse, StringComparison.Ordinal)
            .Replace("MATCH", kind.Match, StringComparison.Ordinal).Replace("RANK", kind.Rank, StringComparison.Ordinal);
        object?[] arguments = [criteria.Text, criteria.Expertise, criteria.Regions, criteria.Sizes, criteria.Languages, criteria.Skip, criteria.Take, criteria.Synonyms];
        return (await db.Database.SqlQuery<SearchRow>(FormattableStringFactory.Create(sql, arguments)).ToListAsync(cancellationToken)).Single();
    }
}
