using PlanetTechCare.ServiceDefaults.Security;

namespace PlanetTechCare.Identity.Domain;

/// <summary>The platform's API scopes (<see cref="Scopes"/>) as the identity service grants them.</summary>
public static class ApiScopes
{
    public const string Admin = Scopes.Admin;

    public static IReadOnlyList<string> All { get; } = [.. Scopes.All.Keys];

    /// <summary>
    /// What only staff may be granted, never a partner's client: the e-mails sent to applicants and
    /// attendees name them and their addresses.
    /// </summary>
    public static IReadOnlyList<string> StaffOnly { get; } = [Scopes.NotificationsRead];

    /// <summary>What a partner API client may be allowed: everything but <c>admin</c> and <see cref="StaffOnly"/>.</summary>
    public static IReadOnlyList<string> PartnerAssignable { get; } = [.. All.Where(scope => scope != Admin && !StaffOnly.Contains(scope))];

    public static bool IsKnown(string scope) => Scopes.All.ContainsKey(scope);
}
