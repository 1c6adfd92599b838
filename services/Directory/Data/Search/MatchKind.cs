namespace PlanetTechCare.Directory.Data.Search;

/// <summary>How a search selects and ranks listings: the SQL condition and rank over <c>l</c> (a listing) and <c>q</c> (the query).</summary>
public sealed record MatchKind(string Match, string Rank)
{
    /// <summary>No text: every public listing, in name order.</summary>
    public static readonly MatchKind Everything = new("true", "0");

    /// <summary>Full text, weighted name (A) over keywords (B) over descriptions (C).</summary>
    public static readonly MatchKind Words = new("l.search_vector @@ q.words", "ts_rank(l.search_vector, q.words)");

    /// <summary>Every word of the text close enough to a word of the name or keywords (pg_trgm).</summary>
    public static readonly MatchKind CloseSpellings = new(
        """
        q.plain <% l.search_text
        AND NOT EXISTS (SELECT 1 FROM unnest(regexp_split_to_array(trim(q.plain), '\s+')) w WHERE NOT w <% l.search_text)
        """,
        "word_similarity(q.plain, l.search_text)");
}
