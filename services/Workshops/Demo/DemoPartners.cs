namespace PlanetTechCare.Workshops.Demo;

/// <summary>The partner organisations of the demo data: (name, website, description FR, description EN).</summary>
public static class DemoPartners
{
    public static readonly IReadOnlyList<(string Name, string Website, string Fr, string En)> All =
    [
        ("Alliance Green IT", "https://alliancegreenit.org", "Association des professionnels du numérique responsable.", "Association of responsible-digital professionals."),
        ("INR", "https://institutnr.org", "Institut du Numérique Responsable.", "Institute for Responsible Digital."),
        ("Boavizta", "https://boavizta.org", "Groupe de travail inter-organisations sur l'évaluation des impacts du numérique.", "Cross-organisation working group on assessing digital impacts."),
        ("Ademe", "https://www.ademe.fr", "Agence de la transition écologique.", "French agency for ecological transition."),
        ("The Shift Project", "https://theshiftproject.org", "Think tank de la transition carbone.", "Think tank for the carbon transition."),
        ("AFNUM", "https://www.afnum.fr", "Alliance française des industries du numérique.", "French alliance of digital industries."),
        ("Cigref", "https://www.cigref.fr", "Association des grandes entreprises et administrations utilisatrices du numérique.", "Association of large digital-using companies and administrations."),
        ("Bpifrance", "https://www.bpifrance.fr", "Banque publique d'investissement.", "French public investment bank."),
        ("Cinov Numérique", "https://cinov-numerique.fr", "Syndicat des PME du numérique.", "Union of digital SMEs."),
        ("France Digitale", "https://francedigitale.org", "Association des startups et investisseurs.", "Association of start-ups and investors."),
        ("Systematic", "https://systematic-paris-region.org", "Pôle de compétitivité Deep Tech.", "Deep-tech competitiveness cluster."),
    ];
}
