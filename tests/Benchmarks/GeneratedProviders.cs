using PlanetTechCare.Contracts;

namespace PlanetTechCare.Benchmarks;

/// <summary>Deterministic provider profiles, varied enough that searches match a few or many.</summary>
public static class GeneratedProviders
{
    private static readonly string[] Prefixes = ["Éco", "Green", "Numérique", "Sobriété", "Circulaire", "Impact", "Durable", "Clair"];
    private static readonly string[] Suffixes = ["Conseil", "Lab", "Studio", "Partners", "Solutions", "Atelier", "Systèmes", "Data"];
    private static readonly string[] Regions = ["bretagne", "ile-de-france", "auvergne-rhone-alpes", "occitanie", "nouvelle-aquitaine", "grand-est"];
    private static readonly string[] Sizes = ["micro", "sme", "mid-size", "large"];
    private static readonly string[] Topics =
    [
        "éco-conception de services numériques",
        "analyse de cycle de vie et mesure d'impact",
        "reconditionnement et réemploi du matériel",
        "stratégie green IT et sobriété numérique",
        "formation au numérique responsable",
        "accessibilité et qualité web",
        "hébergement durable et centres de données",
    ];

    public static SignatoryApproved Approval(int index)
    {
        var name = $"{Prefixes[index % Prefixes.Length]} {Suffixes[index / Prefixes.Length % Suffixes.Length]} {index:D5}";
        var description = $"Nous accompagnons les organisations en {Topics[index % Topics.Length]} "
            + $"et en {Topics[(index / 7 + 3) % Topics.Length]}.";
        var profile = new SignatoryProfile(
            name,
            SignatoryCategories.DigitalServiceProvider,
            Regions[index % Regions.Length],
            $"https://provider-{index}.example.fr",
            description,
            Sizes[index % Sizes.Length]);
        return new SignatoryApproved(Guid.CreateVersion7(), profile, Version: 1);
    }
}
