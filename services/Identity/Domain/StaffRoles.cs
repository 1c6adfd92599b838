namespace PlanetTechCare.Identity.Domain;

/// <summary>The staff roles and the API scopes each may be granted.</summary>
public static class StaffRoles
{
    public const string Staff = "staff";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Staff, Admin];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);

    public static IReadOnlySet<string> GrantableScopes(IEnumerable<string> roles)
    {
        var granted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in roles)
        {
            switch (role)
            {
                case Admin:
                    granted.UnionWith(ApiScopes.All);
                    break;
                case Staff:
                    granted.UnionWith(ApiScopes.PartnerAssignable);
                    granted.UnionWith(ApiScopes.StaffOnly);
                    break;
            }
        }

        return granted;
    }
}
