namespace PlanetTechCare.Signatories.Apis;

/// <summary>The <c>Signatories</c> configuration section.</summary>
public sealed class SignatoriesOptions
{
    public const string SectionName = "Signatories";

    /// <summary>The number of signatories the programme aims at.</summary>
    public int Target { get; set; } = 500;

    /// <summary>The programme's launch: the monthly figures start there.</summary>
    public DateTimeOffset LaunchDate { get; set; } = new(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);
}
