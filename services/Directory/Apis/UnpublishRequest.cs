using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Validation;

namespace PlanetTechCare.Directory.Apis;

/// <summary>Why staff take a listing out of public view (kept on the listing).</summary>
public sealed record UnpublishRequest([property: RequiredField, Text(UnpublishRequest.MaxReasonLength, Multiline = true)] string? Reason) : IExampleBody<UnpublishRequest>
{
    /// <summary>The example the API documents show.</summary>
    public static UnpublishRequest Example => new("The provider asked to leave the directory.");

    public const int MaxReasonLength = 500;
}
