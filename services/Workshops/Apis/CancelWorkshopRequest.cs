using PlanetTechCare.ServiceDefaults.Validation;
using PlanetTechCare.Workshops.Domain;

namespace PlanetTechCare.Workshops.Apis;

/// <summary>Why a workshop is cancelled (optional; sent on with the cancellation).</summary>
public sealed record CancelWorkshopRequest([property: Text(Limits.Reason, Multiline = true)] string? Reason);
