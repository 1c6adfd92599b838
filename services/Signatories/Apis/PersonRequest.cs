namespace PlanetTechCare.Signatories.Apis;

/// <summary>The person who signs on behalf of the organisation.</summary>
public sealed record PersonRequest(string? Name, string? Role);
