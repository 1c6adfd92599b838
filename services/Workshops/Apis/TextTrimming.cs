namespace PlanetTechCare.Workshops.Apis;

public static class TextTrimming
{
    /// <summary>The text without the spaces around it; none when blank.</summary>
    public static string? TrimToNull(this string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
