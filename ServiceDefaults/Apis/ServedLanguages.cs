namespace PlanetTechCare.ServiceDefaults.Apis;

/// <summary>The languages the platform serves its texts in: French first (the programme's language), English second.</summary>
public static class ServedLanguages
{
    public const string French = "fr";
    public const string English = "en";

    public static readonly IReadOnlyList<string> All = [French, English];

    public static bool IsKnown(string? language) => language is French or English;

    public static string Other(string language) => language == French ? English : French;
}
