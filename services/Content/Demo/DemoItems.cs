using PlanetTechCare.Content.Domain;

namespace PlanetTechCare.Content.Demo;

/// <summary>A few bilingual items for development: a guide, the green-IT barometer report, an article (French only).</summary>
public static class DemoItems
{
    public static readonly IReadOnlyList<DemoItem> All =
    [
        new("demo-guide-eco-design", ItemTypes.Guide, ["eco-design"], ["rgesn", "checklist"],
            ("Guide de l'éco-conception de services numériques",
                "Les étapes pour concevoir un service numérique plus sobre, du cadrage à la mise en production.",
                "## Pourquoi éco-concevoir ?\n\nUn service plus sobre consomme moins de ressources **et** fonctionne mieux sur les terminaux anciens.\n\n1. Cadrer le besoin réel\n2. Mesurer avant d'optimiser\n3. Suivre le référentiel général d'écoconception (RGESN)\n"),
            ("Eco-design guide for digital services",
                "The steps to design a leaner digital service, from scoping to production.",
                "## Why eco-design?\n\nA leaner service uses fewer resources **and** works better on older devices.\n\n1. Scope the real need\n2. Measure before optimising\n3. Follow the general eco-design reference framework (RGESN)\n")),
        new("demo-report-green-it-barometer", ItemTypes.Report, ["green-it-barometer", "impact-measurement"], ["barometre", "2026"],
            ("Baromètre Green IT 2026 : les pratiques numériques responsables des organisations",
                "Résultats de l'enquête annuelle sur la maturité des organisations en matière de numérique responsable.",
                "## Chiffres clés\n\n| Indicateur | 2025 | 2026 |\n| --- | --- | --- |\n| Organisations mesurant leur empreinte | 38 % | 47 % |\n| Politique de réemploi des équipements | 51 % | 58 % |\n\nLe rapport complet détaille les résultats par taille d'organisation.\n"),
            ("Green IT barometer 2026: responsible digital practices of organisations",
                "Results of the yearly survey on how mature organisations are in responsible digital practice.",
                "## Key figures\n\n| Indicator | 2025 | 2026 |\n| --- | --- | --- |\n| Organisations measuring their footprint | 38% | 47% |\n| Equipment reuse policy | 51% | 58% |\n\nThe full report details the results by organisation size.\n")),
        new("demo-article-deee", ItemTypes.Article, ["circular-economy"], ["deee", "reemploi"],
            ("Réemploi et DEEE : donner une seconde vie au parc informatique",
                "Comment organiser la collecte, le reconditionnement et le don des équipements en fin d'usage.",
                "Les équipements électriques et électroniques usagés (DEEE) sont une part croissante des déchets.\n\n- Inventorier le parc\n- Choisir un reconditionneur labellisé\n- Tracer les équipements donnés\n"),
            null),
    ];
}
