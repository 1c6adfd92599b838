using Microsoft.Net.Http.Headers;
using PlanetTechCare.Content.Domain;

namespace PlanetTechCare.Content.Apis;

/// <summary>
/// The language a client asks for: <c>?lang=</c> wins; otherwise the best <c>Accept-Language</c>
/// range (quality values honoured, <c>fr-CA</c> counts as <c>fr</c>, <c>q=0</c> refuses) that is
/// French or English; French by default.
/// </summary>
public static class LanguageChoice
{
    public static (string Language, Dictionary<string, string[]> Errors) Negotiate(HttpRequest request, string? lang)
    {
        var errors = new Dictionary<string, string[]>();
        if (lang is not null)
        {
            if (!Languages.IsKnown(lang))
            {
                errors["lang"] = [$"Unknown language '{lang}'; known: {string.Join(", ", Languages.All)}."];
            }

            return (lang, errors);
        }

        return (FromAcceptLanguage(request) ?? Languages.French, errors);
    }

    public static string? FromAcceptLanguage(HttpRequest request)
    {
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage, out var ranges))
        {
            return null;
        }

        return ranges
            .Select((range, index) => (Language: Primary(range.Value.Value), Quality: range.Quality ?? 1, index))
            .Where(r => r.Quality > 0 && Languages.IsKnown(r.Language))
            .OrderByDescending(r => r.Quality).ThenBy(r => r.index)
            .Select(r => r.Language)
            .FirstOrDefault();
    }

    /// <summary>Marks the response with the language actually served.</summary>
    public static void SetContentLanguage(HttpResponse response, string language)
    {
        response.Headers.ContentLanguage = language;
        response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
    }

    private static string? Primary(string? range) =>
        range?.Split('-', 2)[0].ToLowerInvariant();
}
