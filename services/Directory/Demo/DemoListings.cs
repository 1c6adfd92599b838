using PlanetTechCare.Directory.Domain;

namespace PlanetTechCare.Directory.Demo;

/// <summary>
/// Varied, deterministic details for a demo provider, derived from its signatory id: one to three
/// expertise areas, matching services, its region (sometimes all of France or remote), languages,
/// bilingual descriptions and a reference. One listing in five stays a draft for the moderation queue.
/// </summary>
public static class DemoListings
{
    private static readonly (string Expertise, string Service)[] Offers =
    [
        ("eco-design", "Audit d'écoconception (RGESN)"),
        ("impact-measurement", "Analyse du cycle de vie (ACV) de services numériques"),
        ("circular-economy", "Reconditionnement et réemploi de parcs informatiques"),
        ("green-it-strategy", "Feuille de route numérique responsable"),
        ("training", "Formation Green IT pour les équipes produit"),
        ("accessibility", "Audit d'accessibilité RGAA"),
        ("sustainable-hosting", "Hébergement sobre en centre de données bas carbone"),
    ];

    private static readonly string[][] LanguageSets = [["fr"], ["fr", "en"], ["fr", "en"], ["fr", "en", "de"], ["fr", "es"]];

    public static bool StaysDraft(Guid id) => Seed(id) % 5 == 0;

    public static ListingDetails DetailsFor(Guid id, string name, IReadOnlyList<string> regions, string? companySize)
    {
        var seed = Seed(id);
        var count = 1 + (int)(seed % 3);
        var offers = Enumerable.Range(0, count).Select(i => Offers[(int)((seed / 3 + (ulong)i * 2) % (ulong)Offers.Length)]).Distinct().ToList();
        List<string> reach = (seed / 7 % 4) switch
        {
            0 => [.. regions, Vocabulary.Remote],
            1 => [Vocabulary.AllOfFrance],
            _ => regions.Count > 0 ? [.. regions] : [Vocabulary.AllOfFrance],
        };
        var topicsFr = string.Join(", ", offers.Select(o => Vocabulary.ExpertiseAreas[o.Expertise].Fr.ToLowerInvariant()));
        var topicsEn = string.Join(", ", offers.Select(o => Vocabulary.ExpertiseAreas[o.Expertise].En.ToLowerInvariant()));
        return new ListingDetails(
            [.. offers.Select(o => o.Expertise)],
            [.. offers.Select(o => o.Service)],
            reach.Distinct().ToList(),
            LanguageSets[(int)(seed / 11 % (ulong)LanguageSets.Length)],
            companySize,
            $"{name} accompagne les organisations en {topicsFr}.",
            seed % 2 == 0 ? $"{name} helps organisations with {topicsEn}." : null,
            [new ListingReference($"Étude de cas : {offers[0].Service}", $"https://example.org/references/{id:N}")]);
    }

    private static ulong Seed(Guid id) => BitConverter.ToUInt64(id.ToByteArray(), 8);
}
