namespace PlanetTechCare.Directory.Domain;

/// <summary>
/// Common English (and shorthand) names of the expertise areas, each with the French word the
/// providers' own texts use, so that "ecodesign" also finds a provider who only wrote "écoconception".
/// Keys and words are folded (<see cref="SearchText.Fold"/>); a key has at most <see cref="LongestKey"/> words.
/// </summary>
public static class SearchSynonyms
{
    public const int LongestKey = 3;

    public static readonly IReadOnlyDictionary<string, string> FrenchWords = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ecodesign"] = "ecoconception",
        ["eco design"] = "ecoconception",
        ["sustainable design"] = "ecoconception",
        ["green design"] = "ecoconception",
        ["lca"] = "acv",
        ["life cycle assessment"] = "acv",
        ["life cycle analysis"] = "acv",
        ["lifecycle assessment"] = "acv",
        ["ewaste"] = "deee",
        ["weee"] = "deee",
        ["refurbishment"] = "reconditionnement",
        ["refurbishing"] = "reconditionnement",
        ["reuse"] = "reemploi",
        ["digital sobriety"] = "sobriete",
        ["digital sufficiency"] = "sobriete",
        ["green hosting"] = "hebergement",
        ["data centre"] = "datacenter",
        ["data center"] = "datacenter",
        ["accessibility"] = "accessibilite",
        ["a11y"] = "accessibilite",
    };

    /// <summary>
    /// The query with each synonym replaced by its French word (longest key first, whole words only,
    /// the punctuation around kept), or null when it holds none. Searched besides the query as typed.
    /// </summary>
    public static string? Expand(string query)
    {
        var words = SearchText.Fold(query).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var expanded = new List<string>(words.Length);
        var replaced = false;
        for (var i = 0; i < words.Length;)
        {
            var match = Longest(words, i);
            if (match is { } found)
            {
                var (leading, _) = Split(words[i]);
                var (_, trailing) = Split(words[i + found.Length - 1]);
                expanded.Add(leading + found.Word + trailing);
                replaced = true;
                i += found.Length;
            }
            else
            {
                expanded.Add(words[i]);
                i++;
            }
        }

        return replaced ? string.Join(' ', expanded) : null;
    }

    private static (string Word, int Length)? Longest(string[] words, int start)
    {
        for (var length = Math.Min(LongestKey, words.Length - start); length > 0; length--)
        {
            var key = string.Join(' ', words.Skip(start).Take(length).Select(w => Core(w)));
            if (FrenchWords.TryGetValue(key, out var word))
            {
                return (word, length);
            }
        }

        return null;
    }

    /// <summary>A word without the punctuation before and after it (quotes, commas, a leading minus).</summary>
    private static string Core(string word) => word.Trim([.. word.Where(c => !char.IsLetterOrDigit(c))]);

    private static (string Leading, string Trailing) Split(string word)
    {
        var core = Core(word);
        if (core.Length == 0)
        {
            return (word, string.Empty);
        }

        var at = word.IndexOf(core, StringComparison.Ordinal);
        return (word[..at], word[(at + core.Length)..]);
    }
}
