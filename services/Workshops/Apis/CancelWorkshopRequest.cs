using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Validation;
using PlanetTechCare.Workshops.Domain;

namespace PlanetTechCare.Workshops.Apis;

/// <summary>
/// Why a workshop is cancelled: required, since every registrant loses their seat and the public
/// views, the calendar feeds and the <c>WorkshopCancelled</c> event say why.
/// </summary>
public sealed record CancelWorkshopRequest([property: RequiredField, Text(Limits.Reason, Multiline = true)] string? Reason)
    : IExampleBody<CancelWorkshopRequest>
{
    /// <summary>The answer to a cancellation without a body: the reason is missing, as for <c>{}</c>.</summary>
    public static Dictionary<string, string[]> MissingReason() => new() { ["reason"] = [ValidationMessages.Required] };

    /// <summary>The example the API documents show.</summary>
    public static CancelWorkshopRequest Example => new("The speaker is unavailable; a new date will follow.");
}
