using System.Globalization;
using System.Text;

namespace PlanetTechCare.Signatories.Domain;

/// <summary>Text folded for accent- and case-insensitive search: "Société Générale" → "societe generale".</summary>
public static class SearchText
{
    public static string Fold(string value)
    {
        var decomposed = value.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c switch
                {
                    'œ' or 'Œ' => "oe",
                    'æ' or 'Æ' => "ae",
                    _ => char.ToLowerInvariant(c).ToString(),
                });
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC).Trim();
    }
}
