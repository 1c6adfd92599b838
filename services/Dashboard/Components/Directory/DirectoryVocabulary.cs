namespace PlanetTechCare.Dashboard.Components.Directory;

/// <summary>The values the directory accepts for a listing's facets (its API refuses any other).</summary>
public static class DirectoryVocabulary
{
    public static readonly IReadOnlyList<string> Expertise =
        ["eco-design", "impact-measurement", "circular-economy", "green-it-strategy", "training", "accessibility", "sustainable-hosting"];

    public static readonly IReadOnlyList<string> Regions =
    [
        "france", "remote", "auvergne-rhone-alpes", "bourgogne-franche-comte", "bretagne", "centre-val-de-loire", "corse",
        "grand-est", "hauts-de-france", "ile-de-france", "normandie", "nouvelle-aquitaine", "occitanie",
        "pays-de-la-loire", "provence-alpes-cote-d-azur", "outre-mer",
    ];

    public static readonly IReadOnlyList<string> Languages = ["fr", "en", "de", "es", "it", "nl", "pt", "ar"];

    public static readonly IReadOnlyList<string> Sizes = ["1-9", "10-49", "50-249", "250-4999", "5000+"];
}
