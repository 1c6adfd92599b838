using Microsoft.Net.Http.Headers;

namespace PlanetTechCare.Identity.Apis;

/// <summary>
/// The sign-in pages speak French or English: the language chosen on the page (<c>lang</c>, kept in
/// the forms) wins, then the <c>ui_locales</c> the dashboard asked for, else the browser's <c>Accept-Language</c> (quality values honoured), else French.
/// </summary>
public static class AccountLanguage
{
    public const string French = "fr";
    public const string English = "en";

    public static string Of(HttpContext context, string? chosen)
    {
        if (Supported(chosen) is { } language)
        {
            return language;
        }

        var accepted = context.Request.GetTypedHeaders().AcceptLanguage
            .Where(value => value.Quality is not 0)
            .OrderByDescending(value => value.Quality ?? 1);
        foreach (StringWithQualityHeaderValue value in accepted)
        {
            if (Supported(value.Value.Value) is { } preferred)
            {
                return preferred;
            }
        }

        return French;
    }

    /// <summary>The first language of <c>ui_locales</c> in the authorization request the sign-in returns to, if any.</summary>
    public static string? AskedBy(string? returnUrl)
    {
        var query = returnUrl?.IndexOf('?', StringComparison.Ordinal) is >= 0 and var at ? returnUrl[at..] : null;
        return query is null
            ? null
            : Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query).TryGetValue("ui_locales", out var locales)
                ? locales.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Supported).FirstOrDefault(l => l is not null)
                : null;
    }

    private static string? Supported(string? tag) => tag?.Trim() switch
    {
        null or "" => null,
        var t when t.Equals(English, StringComparison.OrdinalIgnoreCase) || t.StartsWith("en-", StringComparison.OrdinalIgnoreCase) => English,
        var t when t.Equals(French, StringComparison.OrdinalIgnoreCase) || t.StartsWith("fr-", StringComparison.OrdinalIgnoreCase) => French,
        _ => null,
    };
}
