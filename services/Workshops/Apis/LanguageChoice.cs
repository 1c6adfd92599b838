using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using PlanetTechCare.ServiceDefaults.Validation;
using PlanetTechCare.Workshops.Domain;

namespace PlanetTechCare.Workshops.Apis;

/// <summary>
/// The language a reader asks for, bound with <c>[AsParameters]</c>: <c>?lang=</c> wins; otherwise
/// the best <c>Accept-Language</c> range (quality values honoured, <c>en-GB</c> counts as
/// <c>en</c>, <c>q=0</c> refuses) that is French or English; French by default. As the library's.
/// </summary>
public sealed record LanguageChoice
{
    [OneOf(typeof(Languages), nameof(Languages.All))]
    public string? Lang { get; init; }

    [FromHeader(Name = "Accept-Language")]
    public string? AcceptLanguage { get; init; }

    public string Language => Lang ?? FromAcceptLanguage(AcceptLanguage) ?? Languages.French;

    /// <summary>Marks the response with the language served; caches keep one answer per language.</summary>
    public void MarkResponse(HttpResponse response)
    {
        response.Headers.ContentLanguage = Language;
        response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
    }

    private static string? FromAcceptLanguage(string? acceptLanguage)
    {
        if (acceptLanguage is null || !StringWithQualityHeaderValue.TryParseList([acceptLanguage], out var ranges))
        {
            return null;
        }

        return ranges
            .Select((range, index) => (Language: range.Value.Value?.Split('-', 2)[0].ToLowerInvariant(), Quality: range.Quality ?? 1, index))
            .Where(r => r.Quality > 0 && Languages.IsKnown(r.Language))
            .OrderByDescending(r => r.Quality).ThenBy(r => r.index)
            .Select(r => r.Language)
            .FirstOrDefault();
    }
}
