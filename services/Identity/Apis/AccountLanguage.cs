using PlanetTechCare.ServiceDefaults.Apis;

namespace PlanetTechCare.Identity.Apis;

/// <summary>
/// The sign-in pages speak French or English: the language chosen on the page (<c>lang</c>, kept in
/// the forms) wins, then the <c>ui_locales</c> the dashboard asked for, else the browser's
/// <c>Accept-Language</c> as every service reads it (<see cref="LanguageChoice"/>), else French.
/// </summary>
public static class AccountLanguage
{
    public static string Of(HttpContext context, string? chosen) =>
        Supported(chosen) ?? LanguageChoice.FromAcceptLanguage(context.Request.Headers.AcceptLanguage.ToString()) ?? ServedLanguages.French;

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

    /// <summary>A language tag's primary language when the platform serves it (<c>en-GB</c> is <c>en</c>).</summary>
    private static string? Supported(string? tag) =>
        tag?.Trim().Split('-', 2)[0].ToLowerInvariant() is { } language && ServedLanguages.IsKnown(language) ? language : null;
}
