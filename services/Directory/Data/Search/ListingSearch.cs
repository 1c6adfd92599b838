using System.Data;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace PlanetTechCare.Directory.Data.Search;

/// <summary>
/// Public search in PostgreSQL itself: full text (<c>search_vector</c>, French, English and simple
/// configurations, unaccented) or, for typos, word similarity of every query word to the unaccented
/// name and keywords (<c>search_text</c>, pg_trgm); facet filters on the array columns; only public listings.
/// </summary>
public static class ListingSearch
{
    /// <summary>Word similarity needed for a typo match (pg_trgm's default is 0.6).</summary>
    public const string SimilarityThreshold = "0.5";

    // {0} text, {1} expertise, {2} regions, {3} sizes, {4} languages. The text expressions are inline
    // (folded to constants) and the full-text and typo matches are a UNION, so each uses its GIN index.
    private const string Matches = """
        WITH matches AS (
            SELECT l.id, l.name, l.expertise_areas, l.regions, l.languages, l.company_size,
                CASE WHEN {0}::text IS NULL THEN 0
                     ELSE ts_rank(l.search_vector, websearch_to_tsquery('simple', directory_unaccent({0}))
                              || websearch_to_tsquery('french', directory_unaccent({0}))
                              || websearch_to_tsquery('english', directory_unaccent({0}))) * 2
                          + word_similarity(lower(directory_unaccent({0})), l.search_text) END AS rank
            FROM listings l
            WHERE l.status = 'Published' AND l.standing = 'InGoodStanding' AND l.category = 'digital-service-provider'
              AND ({0}::text IS NULL OR l.id IN (
                   SELECT f.id FROM listings f
                   WHERE f.search_vector @@ (websearch_to_tsquery('simple', directory_unaccent({0}))
                          || websearch_to_tsquery('french', directory_unaccent({0}))
                          || websearch_to_tsquery('english', directory_unaccent({0})))
                   UNION
                   SELECT t.id FROM listings t
                   WHERE lower(directory_unaccent({0})) <% t.search_text
                     AND NOT EXISTS (SELECT 1 FROM unnest(regexp_split_to_array(trim(lower(directory_unaccent({0}))), '\s+')) w
                                     WHERE NOT w <% t.search_text)))
              AND (cardinality({1}::text[]) = 0 OR l.expertise_areas && {1}::text[])
              AND (cardinality({2}::text[]) = 0 OR l.regions && {2}::text[])
              AND (cardinality({3}::text[]) = 0 OR l.company_size = ANY({3}::text[]))
              AND (cardinality({4}::text[]) = 0 OR l.languages && {4}::text[])
        )
        """;

    private const string PageQuery = Matches + """
        SELECT id AS "Id", rank::float8 AS "Rank", count(*) OVER () AS "Total"
        FROM matches ORDER BY rank DESC, name, id OFFSET {5} LIMIT {6}
        """;

    private const string CountQuery = Matches + """SELECT count(*) AS "Value" FROM matches""";

    private const string FacetQuery = Matches + """
        SELECT 'expertise' AS "Facet", v AS "Value", count(*) AS "Count" FROM matches, unnest(expertise_areas) v GROUP BY v
        UNION ALL SELECT 'region', v, count(*) FROM matches, unnest(regions) v GROUP BY v
        UNION ALL SELECT 'language', v, count(*) FROM matches, unnest(languages) v GROUP BY v
        UNION ALL SELECT 'size', company_size, count(*) FROM matches WHERE company_size IS NOT NULL GROUP BY company_size
        """;

    public static async Task<ListingSearchResult> SearchAsync(this DirectoryDbContext db, ListingSearchCriteria criteria, CancellationToken cancellationToken)
    {
        object?[] filters = [criteria.Text, criteria.Expertise, criteria.Regions, criteria.Sizes, criteria.Languages];

        // One snapshot for the page, the total and the facets; the typo threshold for this transaction only.
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await db.Database.SqlQuery<string>($"SELECT set_config('pg_trgm.word_similarity_threshold', {SimilarityThreshold}, true) AS \"Value\"")
            .ToListAsync(cancellationToken);

        var hits = await db.Database.SqlQuery<ListingHit>(Sql(PageQuery, [.. filters, criteria.Skip, criteria.Take])).ToListAsync(cancellationToken);
        var total = hits.Count > 0
            ? hits[0].Total
            : (await db.Database.SqlQuery<long>(Sql(CountQuery, filters)).ToListAsync(cancellationToken)).Single();
        var facets = await db.Database.SqlQuery<FacetRow>(Sql(FacetQuery, filters)).ToListAsync(cancellationToken);

        var ids = hits.Select(h => h.Id).ToList();
        var listings = await db.Listings.AsNoTracking().Where(l => ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var page = hits.Where(h => listings.ContainsKey(h.Id)).Select(h => (listings[h.Id], h.Rank)).ToList();
        return new ListingSearchResult(page, total, facets);
    }

    private static FormattableString Sql(string format, object?[] arguments) => FormattableStringFactory.Create(format, arguments);
}
