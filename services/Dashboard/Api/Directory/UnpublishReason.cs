namespace PlanetTechCare.Dashboard.Api.Directory;

/// <summary>Why a listing is taken out of public view.</summary>
public sealed record UnpublishReason(string? Reason);
