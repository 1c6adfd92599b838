namespace PlanetTechCare.Directory.Data.Search;

/// <summary>
/// How a search selects and ranks listings: the SQL condition and rank over <c>l</c> (a listing) and <c>q</c> (the query),
/// and the function that reads the search's text (and its synonyms) into <c>q.words</c>.
/// </summary>
public sealed record MatchKind(string Match, string Rank, string Parse = "websearch_to_tsquery")
{
    /// <summary>No text: every public listing, in name order.</summary>
    public static readonly MatchKind Everything = new("true", "0");

    /// <summary>Full text, weighted name (A) over keywords (B) over descriptions (C).</summary>
    public static readonly MatchKind Words = new("l.search_vector @@ q.words", "ts_rank(l.search_vector, q.words)");

    /// <summary>
    /// Full text as <see cref="Words"/>, the text being a query already written in <c>to_tsquery</c>'s syntax:
    /// the words corrected by <see cref="CloseSpellings"/>.
    /// </summary>
    public static readonly MatchKind CorrectedWords = Words with { Parse = "to_tsquery" };
}
