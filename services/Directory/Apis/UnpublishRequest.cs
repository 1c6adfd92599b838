using PlanetTechCare.ServiceDefaults.Validation;

namespace PlanetTechCare.Directory.Apis;

/// <summary>Why staff take a listing out of public view (kept on the listing).</summary>
public sealed record UnpublishRequest([property: RequiredField, Text(UnpublishRequest.MaxReasonLength, Multiline = true)] string? Reason)
{
    public const int MaxReasonLength = 500;
}
