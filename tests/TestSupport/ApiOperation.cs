using System.Text.RegularExpressions;

namespace PlanetTechCare.TestSupport;

/// <summary>One operation of a service's OpenAPI document, the scope it says it requires (none: public), and its query parameters.</summary>
public sealed partial record ApiOperation(string Service, string Method, string PathTemplate, string? Scope, IReadOnlyList<QueryParameter> Query)
{
    /// <summary>The path with every parameter filled: identifiers get a random GUID, the rest a plain word.</summary>
    public string SamplePath => Parameter().Replace(PathTemplate, match =>
        match.Groups[1].Value.EndsWith("id", StringComparison.OrdinalIgnoreCase) ? Guid.NewGuid().ToString() : "fr");

    public override string ToString() => $"{Method} {PathTemplate}";

    [GeneratedRegex(@"\{([^}:]+)[^}]*\}")]
    private static partial Regex Parameter();
}
