namespace PlanetTechCare.Content.Data.Search;

/// <summary>How a search matches and ranks a published version: SQL over <c>v</c> (a version) and <c>query</c> (the text).</summary>
public sealed record MatchKind(string Match, string Rank)
{
    /// <summary>Full text, weighted title (A) over summary (B) over body (C).</summary>
    public static readonly MatchKind Words = new("v.search_vector @@ query.q", "ts_rank(v.search_vector, query.q)");

    /// <summary>Every word of the text close enough to a word of the title or summary (pg_trgm).</summary>
    public static readonly MatchKind CloseSpellings = new(
        """
        query.plain <% v.search_text
        AND NOT EXISTS (SELECT 1 FROM unnest(regexp_split_to_array(trim(query.plain), '\s+')) w WHERE NOT w <% v.search_text)
        """,
        "word_similarity(query.plain, v.search_text)");
}
