using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Validation;
using PlanetTechCare.Workshops.Domain;

namespace PlanetTechCare.Workshops.Apis;

/// <summary>Why a workshop is cancelled (optional; sent on with the cancellation).</summary>
public sealed record CancelWorkshopRequest([property: Text(Limits.Reason, Multiline = true)] string? Reason) : IExampleBody<CancelWorkshopRequest>
{
    /// <summary>The example the API documents show.</summary>
    public static CancelWorkshopRequest Example => new("The speaker is unavailable; a new date will follow.");
}
