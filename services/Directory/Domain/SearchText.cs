using System.Globalization;
using System.Text;

namespace PlanetTechCare.Directory.Domain;

/// <summary>
/// Search text folded as the database folds it (<c>directory_fold</c>): lower case, no accents, no
/// hyphen inside a word ("Éco-conception" → "ecoconception"), so a query's words are compared with
/// <see cref="SearchSynonyms"/> in the form the index holds.
/// </summary>
public static class SearchText
{
    public static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        for (var i = 0; i < decomposed.Length; i++)
        {
            var c = decomposed[i];
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var hyphen = c is '-' or '\u2010' or '\u2011';
            if (hyphen && folded.Length > 0 && char.IsLetterOrDigit(folded[^1]) && NextIsLetterOrDigit(decomposed, i + 1))
            {
                continue;
            }

            folded.Append(c);
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The next character that is not a combining mark is a letter or a digit.</summary>
    private static bool NextIsLetterOrDigit(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(text[i]) != UnicodeCategory.NonSpacingMark)
            {
                return char.IsLetterOrDigit(text[i]);
            }
        }

        return false;
    }
}
