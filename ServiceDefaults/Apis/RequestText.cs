namespace PlanetTechCare.ServiceDefaults.Apis;

/// <summary>How an optional text of a request is kept: trimmed, and blank is absent.</summary>
public static class RequestText
{
    public static string? TrimmedOrNull(this string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
