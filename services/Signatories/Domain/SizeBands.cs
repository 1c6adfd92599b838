namespace PlanetTechCare.Signatories.Domain;

/// <summary>Headcount bands, as INSEE groups companies.</summary>
public static class SizeBands
{
    /// <summary>Fewer than 10 people.</summary>
    public const string Micro = "micro";

    /// <summary>10 to 249 people.</summary>
    public const string Small = "sme";

    /// <summary>250 to 4,999 people.</summary>
    public const string MidSize = "mid-size";

    /// <summary>5,000 people or more.</summary>
    public const string Large = "large";

    public static readonly IReadOnlyList<string> All = [Micro, Small, MidSize, Large];

    public static bool IsKnown(string? sizeBand) => sizeBand is not null && All.Contains(sizeBand);
}
