using System.Data;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace PlanetTechCare.Content.Data.Search;

/// <summary>
/// Search of the published library in PostgreSQL: full text over the published versions
/// (French and English stemming, unaccented, see <see cref="SearchSchema"/>), filters on type,
/// theme, tag, language and publication date, newest first or by relevance.
/// </summary>
public static class ItemSearch
{
    // {0} text, {1} type, {2} theme, {3} tag, {4} language, {5} from, {6} to.
    private const string Matches = """
        WITH query AS (
            SELECT websearch_to_tsquery('simple', content_unaccent({0}::text))
                || websearch_to_tsquery('french', content_unaccent({0}::text))
                || websearch_to_tsquery('english', content_unaccent({0}::text)) AS q
        ),
        matches AS (
            SELECT i.id, i.published_at,
                CASE WHEN {0}::text IS NULL THEN 0 ELSE (
                    SELECT max(ts_rank(v.search_vector, query.q)) FROM item_versions v
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
                            AND ({0}::text IS NULL OR v.search_vector @@ query.q))
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
        object?[] filters = [criteria.Text, criteria.Type, criteria.Theme, criteria.Tag, criteria.Language, criteria.From, criteria.To];

        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var hits = await db.Database.SqlQuery<ItemHit>(Sql(criteria.ByRelevance ? Relevance : Newest, [.. filters, criteria.Skip, criteria.Take]))
            .ToListAsync(cancellationToken);
        var total = hits.Count > 0
            ? hits[0].Total
            : (await db.Database.SqlQuery<long>(Sql(Count, filters)).ToListAsync(cancellationToken)).Single();
        var ids = hits.Select(h => h.Id).ToList();
        var items = await db.Items.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return new ItemSearchResult([.. hits.Where(h => items.ContainsKey(h.Id)).Select(h => items[h.Id])], total);
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

    private static FormattableString Sql(string format, object?[] arguments) => FormattableStringFactory.Create(format, arguments);
}
