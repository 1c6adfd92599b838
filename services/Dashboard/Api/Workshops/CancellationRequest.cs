namespace PlanetTechCare.Dashboard.Api.Workshops;

/// <summary>Why a workshop is cancelled.</summary>
public sealed record CancellationRequest(string? Reason);
