namespace PlanetTechCare.Content.Apis;

/// <summary>The optional body of a workflow step: who takes it (until the identity service brings staff identities).</summary>
public sealed record StaffActionRequest(string? By);
