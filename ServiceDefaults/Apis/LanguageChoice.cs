using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using PlanetTechCare.ServiceDefaults.Validation;

namespace PlanetTechCare.ServiceDefaults.Apis;

/// <summary>
/// The language a client asks for, bound with <c>[AsParameters]</c>: <c>?lang=</c> wins; otherwise
/// the best <c>Accept-Language</c> range (quality values honoured, <c>fr-CA</c> counts as <c>fr</c>,
/// <c>q=0</c> refuses) that is French or English; French by default. Every service that serves
/// texts in a language picks it this way and says which in <c>Content-Language</c>.
/// </summary>
public sealed record LanguageChoice
{
    [OneOf(typeof(ServedLanguages), nameof(ServedLanguages.All))]
    public string? Lang { get; init; }

    [FromHeader(Name = "Accept-Language")]
    public string? AcceptLanguage { get; init; }

    public string Language => Lang ?? FromAcceptLanguage(AcceptLanguage) ?? ServedLanguages.French;

    public static string? FromAcceptLanguage(string? acceptLanguage)
    {
        if (acceptLanguage is null || !StringWithQualityHeaderValue.TryParseList([acceptLanguage], out var ranges))
        {
            return null;
        }

        return ranges
            .Select((range, index) => (Language: Primary(range.Value.Value), Quality: range.Quality ?? 1, index))
            .Where(r => r.Quality > 0 && ServedLanguages.IsKnown(r.Language))
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

    /// <summary>A language in the route that is neither French nor English.</summary>
    public static ValidationProblem UnknownLanguage() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["lang"] = [ValidationMessages.OneOf(ServedLanguages.All)] });

    private static string? Primary(string? range) =>
        range?.Split('-', 2)[0].ToLowerInvariant();
}
