namespace PlanetTechCare.ServiceDefaults.Security;

/// <summary>What a scope opens: the service (the token's audience) and, for people, what it allows.</summary>
public sealed record ScopeInfo(string Resource, string Description);
