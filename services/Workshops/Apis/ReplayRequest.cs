using System.ComponentModel.DataAnnotations;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Validation;
using PlanetTechCare.Workshops.Domain;

namespace PlanetTechCare.Workshops.Apis;

/// <summary>The replay's address and its spoken or subtitled languages (fr, en).</summary>
public sealed record ReplayRequest(
    [property: RequiredField, Text(Limits.Url), HttpUrl] string? ReplayUrl,
    [property: RequiredField, MinLength(1, ErrorMessage = ValidationMessages.Required), OneOf("fr", "en")] IReadOnlyList<string>? Languages) : IExampleBody<ReplayRequest>
{
    /// <summary>The example the API documents show.</summary>
    public static ReplayRequest Example => new("https://replays.example.org/ptc-20261112", ["fr", "en"]);
}
