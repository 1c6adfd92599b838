using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace PlanetTechCare.Directory.Data.Search;

/// <summary>
/// Close spellings of a search's words, as pg_trgm's documentation integrates them with full text: each word of the
/// text (and of its synonyms) that is not a known word (<c>search_words</c>, see <see cref="SearchSchema.KnownWords"/>)
/// may also be one of its closest known words, by word similarity over a trigram GiST index of the known words, and
/// the corrected words run through the full-text path (<see cref="MatchKind.CorrectedWords"/>). Over 10,000 listings a
/// typo search takes 8 ms (p50, the database's part under 1 ms), where comparing the typed words with every listing's
/// text took 56–70 ms. Like that comparison, it takes the words as a list: the quotes, "or" and "-" of the search
/// syntax do not survive a correction.
/// </summary>
public static class CloseSpellings
{
    /// <summary>Word similarity needed for a correction (pg_trgm's default is 0.6): "ateleir" is 0.5 from "atelier".</summary>
    public const string SimilarityThreshold = "0.5";

    /// <summary>Known words that may stand for an unknown one, the closest first.</summary>
    public const int Alternatives = 3;

    // {0} the text, {1} its synonyms in French (or null), {2} the alternatives. Words are the simple lexemes of the folded
    // text, as the known words are of the listings' text.
    private const string Choices = """
        WITH typed AS (
            SELECT x.text, w.word
            FROM (VALUES (0, {0}::text), (1, {1}::text)) AS x(text, value),
                 unnest(tsvector_to_array(to_tsvector('simple', directory_fold(x.value)))) AS w(word)
        )
        SELECT t.text AS "Text", t.word AS "Word", coalesce(close.words, '{{}}') AS "Close"
        FROM typed t
        LEFT JOIN search_words known ON known.word = t.word
        LEFT JOIN LATERAL (
            SELECT array_agg(c.word) AS words
            FROM (SELECT k.word FROM search_words k
                  WHERE known.word IS NULL AND t.word <% k.word
                  ORDER BY t.word <<-> k.word, t.word <-> k.word, k.word
                  LIMIT {2}) AS c
        ) AS close ON true
        """;

    /// <summary>
    /// The criteria with the text and its synonyms rewritten as <c>to_tsquery</c> queries in which each unknown word may
    /// also be one of its closest known words, or null when no word has a close spelling. Called in the search's
    /// transaction, for which it sets the similarity threshold.
    /// </summary>
    public static async Task<ListingSearchCriteria?> CorrectAsync(this DirectoryDbContext db, ListingSearchCriteria criteria, CancellationToken cancellationToken)
    {
        await db.Database.SqlQuery<string>($"SELECT set_config('pg_trgm.word_similarity_threshold', {SimilarityThreshold}, true) AS \"Value\"")
            .ToListAsync(cancellationToken);
        object?[] arguments = [criteria.Text, criteria.Synonyms, Alternatives];
        var choices = await db.Database.SqlQuery<WordChoice>(FormattableStringFactory.Create(Choices, arguments)).ToListAsync(cancellationToken);
        if (!choices.Any(c => c.Close.Length > 0))
        {
            return null;
        }

        return criteria with { Text = Query(choices, 0), Synonyms = Query(choices, 1) };
    }

    /// <summary>Every word of one text, each as itself or one of its close spellings: <c>('sobriete') &amp; ('ateleir' | 'atelier')</c>.</summary>
    private static string? Query(List<WordChoice> choices, int text)
    {
        var words = choices.Where(c => c.Text == text).Select(c => "(" + string.Join(" | ", c.Close.Prepend(c.Word).Select(Quoted)) + ")").ToList();
        return words.Count == 0 ? null : string.Join(" & ", words);
    }

    /// <summary>A word as a quoted <c>tsquery</c> operand, its quotes and backslashes doubled.</summary>
    private static string Quoted(string word) => "'" + word.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";
}
