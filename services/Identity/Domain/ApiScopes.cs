namespace PlanetTechCare.Identity.Domain;

/// <summary>The scopes of the platform's APIs and the resource (token audience) each one opens.</summary>
public static class ApiScopes
{
    public const string Admin = "admin";

    public static readonly IReadOnlyDictionary<string, string> Resources = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["signatories.read"] = "signatories",
        ["signatories.write"] = "signatories",
        ["workshops.read"] = "workshops",
        ["workshops.write"] = "workshops",
        ["registrations.write"] = "workshops",
        ["directory.write"] = "directory",
        ["content.write"] = "content",
        ["webhooks.manage"] = "webhooks",
        [Admin] = "identity",
    };

    public static IReadOnlyList<string> All { get; } = [.. Resources.Keys];

    /// <summary>What a partner API client may be allowed: everything but <c>admin</c>.</summary>
    public static IReadOnlyList<string> PartnerAssignable { get; } = [.. All.Where(scope => scope != Admin)];

    public static bool IsKnown(string scope) => Resources.ContainsKey(scope);
}
