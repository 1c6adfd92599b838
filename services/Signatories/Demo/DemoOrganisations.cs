using PlanetTechCare.Contracts;
using PlanetTechCare.Signatories.Domain;

namespace PlanetTechCare.Signatories.Demo;

/// <summary>Realistic, made-up organisations for the development seed, deterministic from their index.</summary>
public static class DemoOrganisations
{
    private static readonly string[] Cities =
    [
        "Paris", "Lyon", "Nantes", "Lille", "Bordeaux", "Toulouse", "Rennes", "Strasbourg", "Montpellier", "Grenoble",
        "Marseille", "Nice", "Dijon", "Rouen", "Orléans", "Clermont-Ferrand", "Brest", "Angers", "Besançon", "Metz",
    ];

    private static readonly string[] CityRegions =
    [
        "ile-de-france", "auvergne-rhone-alpes", "pays-de-la-loire", "hauts-de-france", "nouvelle-aquitaine", "occitanie",
        "bretagne", "grand-est", "occitanie", "auvergne-rhone-alpes", "provence-alpes-cote-d-azur",
        "provence-alpes-cote-d-azur", "bourgogne-franche-comte", "normandie", "centre-val-de-loire", "auvergne-rhone-alpes",
        "bretagne", "pays-de-la-loire", "bourgogne-franche-comte", "grand-est",
    ];

    private static readonly string[] ProviderStems =
    [
        "Sobriété", "Écoconception", "Numérique Durable", "GreenOps", "Octet Vert", "Frugal", "Lumière", "Boréal",
        "Kilowatt", "Clairsemé", "Hélice", "Sève", "Canopée", "Pixel Sobre", "Datavert", "Écho",
    ];

    private static readonly string[] ProviderKinds = ["Conseil", "Labs", "Studio", "Solutions", "Tech", "Digital", "& Associés", "Ingénierie"];

    private static readonly string[] UserStems = ["Assurances", "Mutuelle", "Banque", "Transports", "Énergies", "Distribution", "Logistique", "Santé"];

    public static string CategoryFor(int index) => index switch
    {
        < 40 => SignatoryCategories.SchoolOrTrainingBody,
        < 60 => SignatoryCategories.PublicBody,
        < 78 => SignatoryCategories.Association,
        < 84 => SignatoryCategories.Other,
        < 144 => SignatoryCategories.UserCompany,
        _ => SignatoryCategories.DigitalServiceProvider,
    };

    public static OrganisationProfile ProfileFor(int index, string category, Random random)
    {
        var city = random.Next(Cities.Length);
        var place = Cities[city];
        var region = index % 23 == 0 ? Regions.OutsideFrance : CityRegions[city];
        var name = category switch
        {
            SignatoryCategories.SchoolOrTrainingBody => (index % 4) switch
            {
                0 => $"École du numérique responsable de {place}",
                1 => $"IUT de {place}",
                2 => $"Université de {place} — Faculté des sciences",
                _ => $"Institut de formation {ProviderStems[index % ProviderStems.Length]}",
            },
            SignatoryCategories.PublicBody => index % 2 == 0 ? $"Ville de {place}" : $"Métropole de {place}",
            SignatoryCategories.Association => $"Association {ProviderStems[index % ProviderStems.Length]} {place}",
            SignatoryCategories.Other => $"Fondation {ProviderStems[index % ProviderStems.Length]}",
            SignatoryCategories.UserCompany => $"{UserStems[index % UserStems.Length]} {ProviderStems[index % ProviderStems.Length]}",
            _ => $"{ProviderStems[index % ProviderStems.Length]} {ProviderKinds[index / ProviderStems.Length % ProviderKinds.Length]}",
        };
        name = $"{name} ({place}) #{index + 1}";
        var slug = SearchText.Fold(name).Replace(' ', '-').Replace("#", string.Empty, StringComparison.Ordinal);
        var sizeBand = SizeBands.All[random.Next(SizeBands.All.Count)];
        return new OrganisationProfile(
            name,
            $"https://{new string([.. slug.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-')])}.example.fr",
            category,
            sizeBand,
            region,
            $"{name} s'engage à mesurer et réduire l'empreinte environnementale de ses services numériques.");
    }

    public static string SirenFor(int index) => Siren.WithCheckDigit((81_000_000 + (index * 7_919)).ToString(System.Globalization.CultureInfo.InvariantCulture));
}
