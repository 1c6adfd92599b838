using System.Globalization;
using System.Text;
using PlanetTechCare.ServiceDefaults.Validation;

namespace PlanetTechCare.Content.Domain;

/// <summary>URL slugs: lower-case ASCII letters and digits in words joined by single hyphens.</summary>
public static class Slugs
{
    public static bool IsValid(string? slug) =>
        slug is { Length: > 0 and <= Limits.Slug } && SlugAttribute.IsSlug(slug);

    /// <summary>The slug of a title: accents dropped, everything else than letters and digits a hyphen.</summary>
    public static string FromTitle(string title)
    {
        var builder = new StringBuilder(title.Length);
        var ligaturesOpened = title.Replace("œ", "oe", StringComparison.Ordinal).Replace("Œ", "oe", StringComparison.Ordinal)
            .Replace("æ", "ae", StringComparison.Ordinal).Replace("Æ", "ae", StringComparison.Ordinal);
        foreach (var c in ligaturesOpened.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            builder.Append(lower is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? lower : '-');
        }

        var words = builder.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries);
        var slug = string.Join('-', words);
        if (slug.Length > Limits.Slug - 8)
        {
            slug = slug[..(Limits.Slug - 8)].TrimEnd('-');
        }

        return slug.Length == 0 ? "item" : slug;
    }

    /// <summary>The n-th alternative of a slug already taken (<c>slug-2</c>, <c>slug-3</c>, …).</summary>
    public static string Numbered(string slug, int n) => n <= 1 ? slug : $"{slug}-{n}";
}
