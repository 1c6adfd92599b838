using PlanetTechCare.ServiceDefaults.Apis;

namespace PlanetTechCare.Content.Domain;

/// <summary>The library's two languages, the ones the platform serves (<see cref="ServedLanguages"/>).</summary>
public static class Languages
{
    public const string French = ServedLanguages.French;
    public const string English = ServedLanguages.English;

    public static IReadOnlyList<string> All => ServedLanguages.All;

    public static bool IsKnown(string? language) => ServedLanguages.IsKnown(language);

    public static string Other(string language) => ServedLanguages.Other(language);
}
