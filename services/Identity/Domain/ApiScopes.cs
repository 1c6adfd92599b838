using PlanetTechCare.ServiceDefaults.Security;

namespace PlanetTechCare.Identity.Domain;

/// <summary>The platform's API scopes (<see cref="Scopes"/>) as the identity service grants them.</summary>
public static class ApiScopes
{
    public const string Admin = Scopes.Admin;

    public static IReadOnlyList<string> All { get; } = [.. Scopes.All.Keys];

    /// <summary>What a partner API client may be allowed: everything but <c>admin</c>.</summary>
    public static IReadOnlyList<string> PartnerAssignable { get; } = [.. All.Where(scope => scope != Admin)];

    public static bool IsKnown(string scope) => Scopes.All.ContainsKey(scope);
}
