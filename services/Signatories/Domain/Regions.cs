namespace PlanetTechCare.Signatories.Domain;

/// <summary>The French regions (mainland and overseas) plus "outside France".</summary>
public static class Regions
{
    public const string OutsideFrance = "outside-france";

    public static readonly IReadOnlyList<string> All =
    [
        "auvergne-rhone-alpes", "bourgogne-franche-comte", "bretagne", "centre-val-de-loire", "corse",
        "grand-est", "hauts-de-france", "ile-de-france", "normandie", "nouvelle-aquitaine", "occitanie",
        "pays-de-la-loire", "provence-alpes-cote-d-azur", "guadeloupe", "martinique", "guyane",
        "la-reunion", "mayotte", OutsideFrance,
    ];

    public static bool IsKnown(string? region) => region is not null && All.Contains(region);
}
