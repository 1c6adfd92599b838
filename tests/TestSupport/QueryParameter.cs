namespace PlanetTechCare.TestSupport;

/// <summary>A query parameter an OpenAPI document declares: its name, JSON schema types (<c>integer</c>, <c>string</c>…) and format (<c>int32</c>, <c>date-time</c>, <c>uuid</c>…).</summary>
public sealed record QueryParameter(string Name, IReadOnlyList<string> Types, string? Format);
