using System.Globalization;
using System.Text;

namespace PlanetTechCare.Directory.Domain;

/// <summary>The controlled values of the directory's facets, with their French and English labels.</summary>
public static class Vocabulary
{
    public const string AllOfFrance = "france";
    public const string Remote = "remote";
    public const string ProviderCategory = "digital-service-provider";

    public static readonly IReadOnlyDictionary<string, (string Fr, string En)> ExpertiseAreas =
        new Dictionary<string, (string Fr, string En)>
        {
            ["eco-design"] = ("Écoconception, éco-conception de services numériques", "Eco-design of digital services"),
            ["impact-measurement"] = ("Mesure d'impact et analyse du cycle de vie (ACV)", "Impact measurement and life-cycle analysis (LCA)"),
            ["circular-economy"] = ("Économie circulaire, réemploi et reconditionnement", "Circular economy, reuse and refurbishment"),
            ["green-it-strategy"] = ("Stratégie numérique responsable, Green IT", "Green-IT strategy"),
            ["training"] = ("Formation et sensibilisation", "Training and awareness"),
            ["accessibility"] = ("Accessibilité numérique", "Digital accessibility"),
            ["sustainable-hosting"] = ("Hébergement durable, centres de données", "Sustainable hosting and data centres"),
        };

    /// <summary>The codes of <see cref="ExpertiseAreas"/>.</summary>
    public static IEnumerable<string> ExpertiseCodes => ExpertiseAreas.Keys;

    public static readonly IReadOnlySet<string> Regions = new HashSet<string>(StringComparer.Ordinal)
    {
        AllOfFrance, Remote,
        "auvergne-rhone-alpes", "bourgogne-franche-comte", "bretagne", "centre-val-de-loire", "corse",
        "grand-est", "hauts-de-france", "ile-de-france", "normandie", "nouvelle-aquitaine", "occitanie",
        "pays-de-la-loire", "provence-alpes-cote-d-azur", "outre-mer",
    };

    /// <summary>
    /// Head-count bands: the signatory's own size band (INSEE's groups: fewer than 10 people, 10 to 249,
    /// 250 to 4,999, 5,000 or more), so the band a signatory gives reaches its listing as it is.
    /// </summary>
    public static readonly IReadOnlySet<string> Sizes = new HashSet<string>(StringComparer.Ordinal)
    {
        "micro", "sme", "mid-size", "large",
    };

    public static readonly IReadOnlySet<string> Languages = new HashSet<string>(StringComparer.Ordinal)
    {
        "fr", "en", "de", "es", "it", "nl", "pt", "ar",
    };

    /// <summary>
    /// The region values that serve any of the given regions: a region is also served by providers
    /// working across all of France.
    /// </summary>
    public static string[] ServingAnyOf(string[] regions) =>
        regions.Any(r => r is not (AllOfFrance or Remote)) ? [.. regions.Append(AllOfFrance).Distinct()] : regions;

    /// <summary>"Île-de-France" → "ile-de-france": lower case, no accents, dashes between words.</summary>
    public static string Slug(string value)
    {
        var decomposed = value.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var keep = char.IsAsciiLetterOrDigit(c) || c == '+';
            if (keep)
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().Trim('-');
    }

    /// <summary>The region code a signatory's free-text region maps to, if any.</summary>
    public static string? RegionOf(string? region) =>
        region is null ? null : Regions.Contains(Slug(region)) ? Slug(region) : null;

    public static string? SizeOf(string? sizeBand) =>
        sizeBand is not null && Sizes.Contains(sizeBand.Trim()) ? sizeBand.Trim() : null;
}
