using PlanetTechCare.Signatories.Domain;

namespace PlanetTechCare.Signatories.Data;

/// <summary>The manifesto as the programme launched it, seeded by the first migration.</summary>
public static class ManifestoText
{
    public static readonly ManifestoVersion FirstVersion = new(
        1,
        "Manifeste Planet Tech'Care",
        "Planet Tech'Care manifesto",
        "En signant ce manifeste, notre organisation s'engage à mesurer l'empreinte environnementale de ses "
        + "produits et services numériques, à la réduire, à former ses équipes au numérique responsable et à "
        + "partager ses retours d'expérience avec les autres signataires.",
        "By signing this manifesto, our organisation commits to measure the environmental footprint of its "
        + "digital products and services, to reduce it, to train its teams in responsible digital practice and "
        + "to share its experience with the other signatories.",
        new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero),
        isCurrent: true);
}
