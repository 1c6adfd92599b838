using System.Data;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace PlanetTechCare.Content.Data.Search;

/// <summary>
/// Search of the published library in PostgreSQL: full text over the published versions
/// (French and English stemming, unaccented, see <see cref="SearchSchema"/>), filters on type,
/// theme, tag, language and publication date, newest first or by relevance. When no item matches
/// the words, as the directory does, close spellings are tried: every word of the text close enough
/// to a word of a version's title or summary (<c>search_text</c>, pg_trgm word similarity, trigram GIN).
/// </summary>
public static class ItemSearch
{
    /// <summary>Word similarity needed for a typo match (pg_trgm's default is 0.6), as in the directory.</summary>
    public const string SimilarityThreshold = "0.5";

    // {0} text, {1} type, {2} theme, {3} tag, {4} language, {5} from, {6} to. MATCH and RANK are a
    // MatchKind's SQL over v (a version) and query (constants, never input).
    private const string Matches = """
        WITH query AS (
            SELECT websearch_to_tsquery('simple', content_unaccent({0}::text))
                || websearch_to_tsquery('french', content_unaccent({0}::text))
                || websearch_to_tsquery('english', content_unaccent({0}::text)) AS q,
                lower(content_unaccent({0}::text)) AS plain
        ),
        matches AS (
            SELECT i.id, i.published_at,
                CASE WHEN {0}::text IS NULL THEN 0 ELSE (
                    SELECT max(RANK) FROM item_versions v
                    WHERE v.item_id = i.id AND v.status = 'Published' AND ({4}::text IS NULL OR v.language = {4}::text)) END AS rank
            FROM items i, query
            WHERE i.status = 'Published'
              AND ({1}::text IS NULL OR i.type = {1}::text)
              AND ({2}::text IS NULL OR i.themes @> ARRAY[{2}::text])
              AND ({3}::text IS NULL OR i.tags @> ARRAY[{3}::text])
              AND ({5}::timestamptz IS NULL OR i.published_at >= {5}::timestamptz)
              AND ({6}::timestamptz IS NULL OR i.published_at <= {6}::timestamptz)
              AND EXISTS (SELECT 1 FROM item_versions v
                          WHERE v.item_id = i.id AND v.status = 'Published'
                            AND ({4}::text IS NULL OR v.language = {4}::text)
                            AND ({0}::text IS NULL OR MATCH))
        )
        """;

    private const string Newest = Matches + """
        SELECT id AS "Id", rank::float8 AS "Rank", count(*) OVER () AS "Total"
        FROM matches ORDER BY published_at DESC, id OFFSET {7} LIMIT {8}
        """;

    private const string Relevance = Matches + """
        SELECT id AS "Id", rank::float8 AS "Rank", count(*) OVER () AS "Total"
        FROM matches ORDER BY rank DESC, published_at DESC, id OFFSET {7} LIMIT {8}
        """;

    private const string Count = Matches + """SELECT count(*) AS "Value" FROM matches""";

    public static async Task<ItemSearchResult> SearchAsync(this ContentDbContext db, ItemSearchCriteria criteria, CancellationToken cancellationToken)
    {
        // One snapshot for the search and the items it returns; the typo threshold for this transaction only.
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await db.Database.SqlQuery<string>($"SELECT set_config('pg_trgm.word_similarity_threshold', {SimilarityThreshold}, true) AS \"Value\"")
            .ToListAsync(cancellationToken);

        var (hits, total) = await db.MatchAsync(MatchKind.Words, criteria, cancellationToken);
        var approximate = total == 0 && criteria.Text is not null;
        if (approximate)
        {
            (hits, total) = await db.MatchAsync(MatchKind.CloseSpellings, criteria, cancellationToken);
        }

        var ids = hits.Select(h => h.Id).ToList();
        var items = await db.Items.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return new ItemSearchResult([.. hits.Where(h => items.ContainsKey(h.Id)).Select(h => items[h.Id])], total, approximate);
    }

    private static async Task<(List<ItemHit> Hits, long Total)> MatchAsync(
        this ContentDbContext db, MatchKind kind, ItemSearchCriteria criteria, CancellationToken cancellationToken)
    {
        object?[] filters = [criteria.Text, criteria.Type, criteria.Theme, criteria.Tag, criteria.Language, criteria.From, criteria.To];
        var hits = await db.Database.SqlQuery<ItemHit>(Sql(kind, criteria.ByRelevance ? Relevance : Newest, [.. filters, criteria.Skip, criteria.Take]))
            .ToListAsync(cancellationToken);
        var total = hits.Count > 0
            ? hits[0].Total
            : (await db.Database.SqlQuery<long>(Sql(kind, Count, filters)).ToListAsync(cancellationToken)).Single();
        return (hits, total);
    }

    /// <summary>The themes or tags of published items, with how many items carry each, most used first.</summary>
    public static Task<List<ValueCount>> CountValuesAsync(this ContentDbContext db, bool tags, CancellationToken cancellationToken) =>
        (tags
            ? db.Database.SqlQuery<ValueCount>($"""
                SELECT v AS "Value", count(*) AS "Count" FROM items, unnest(tags) v
                WHERE status = 'Published' GROUP BY v ORDER BY count(*) DESC, v
                """)
            : db.Database.SqlQuery<ValueCount>($"""
                SELECT v AS "Value", count(*) AS "Count" FROM items, unnest(themes) v
                WHERE status = 'Published' GROUP BY v ORDER BY count(*) DESC, v
                """))
        .ToListAsync(cancellationToken);

    private static FormattableString Sql(MatchKind kind, string format, object?[] arguments) =>
        FormattableStringFactory.Create(
            format.Replace("MATCH", kind.Match, StringComparison.Ordinal).Replace("RANK", kind.Rank, StringComparison.Ordinal), arguments);
}
