namespace PlanetTechCare.Signatories.Apis;

/// <summary>The private contact: only staff see it.</summary>
public sealed record ContactRequest(string? Name, string? Role, string? Email);
