using System.Globalization;
using PlanetTechCare.Dashboard.Localization;

namespace PlanetTechCare.Dashboard.Components.Shared;

/// <summary>
/// The interface's words for the codes the API answers (statuses, regions, themes, formats…), in
/// the interface's language. A code without a label is shown readably (dashes as spaces), never raw.
/// </summary>
public static class Labels
{
    public static string WorkshopStatus(string code) => code.ToLowerInvariant() switch
    {
        "draft" => Ui.T("Brouillon", "Draft"),
        "scheduled" => Ui.T("Programmé", "Scheduled"),
        "held" => Ui.T("Tenu", "Held"),
        "cancelled" => Ui.T("Annulé", "Cancelled"),
        _ => Readable(code),
    };

    public static string RegistrationStatus(string code) => code.ToLowerInvariant() switch
    {
        "confirmed" => Ui.T("Confirmée", "Confirmed"),
        "waitlisted" => Ui.T("En liste d'attente", "Waitlisted"),
        "cancelled" => Ui.T("Annulée", "Cancelled"),
        _ => Readable(code),
    };

    /// <summary>A library item's status.</summary>
    public static string ContentStatus(string code) => code.ToLowerInvariant() switch
    {
        "draft" => Ui.T("Brouillon", "Draft"),
        "in-review" => Ui.T("En relecture", "In review"),
        "published" => Ui.T("Publié", "Published"),
        "archived" => Ui.T("Archivé", "Archived"),
        _ => Readable(code),
    };

    public static string ContentType(string code) => code switch
    {
        "replay" => Ui.T("Replay", "Replay"),
        "guide" => Ui.T("Guide", "Guide"),
        "article" => Ui.T("Article", "Article"),
        "report" => Ui.T("Rapport", "Report"),
        "talk" => Ui.T("Intervention", "Talk"),
        "tool" => Ui.T("Outil", "Tool"),
        _ => Readable(code),
    };

    public static string SignatoryStatus(string? code) => code?.ToLowerInvariant() switch
    {
        null => Ui.T("Candidature", "Application"),
        "applied" => Ui.T("Candidature reçue", "Applied"),
        "approved" => Ui.T("Approuvé", "Approved"),
        "rejected" => Ui.T("Rejeté", "Rejected"),
        "withdrawn" => Ui.T("Retiré", "Withdrawn"),
        "suspended" => Ui.T("Suspendu", "Suspended"),
        _ => Readable(code),
    };

    public static string ListingStatus(string code) => code.ToLowerInvariant() switch
    {
        "draft" => Ui.T("Brouillon", "Draft"),
        "published" => Ui.T("Publiée", "Published"),
        "unpublished" => Ui.T("Dépubliée", "Unpublished"),
        _ => Readable(code),
    };

    /// <summary>A signatory's standing as the directory knows it.</summary>
    public static string Standing(string code) => code switch
    {
        "InGoodStanding" => Ui.T("En règle", "In good standing"),
        "Suspended" => Ui.T("Suspendu", "Suspended"),
        "Withdrawn" => Ui.T("Retiré", "Withdrawn"),
        "Unknown" => Ui.T("Inconnue (approbation en route)", "Unknown (approval on its way)"),
        _ => Readable(code),
    };

    /// <summary>A replica's <c>/health</c> answer.</summary>
    public static string Health(string code) => code switch
    {
        "Healthy" => Ui.T("En bonne santé", "Healthy"),
        "Degraded" => Ui.T("Dégradé", "Degraded"),
        "Unhealthy" => Ui.T("En panne", "Unhealthy"),
        "Unreachable" => Ui.T("Injoignable", "Unreachable"),
        _ => Readable(code),
    };

    public static string SubscriptionStatus(string code) => code switch
    {
        "pending-verification" => Ui.T("En attente de vérification", "Pending verification"),
        "active" => Ui.T("Actif", "Active"),
        "paused" => Ui.T("En pause", "Paused"),
        "disabled" => Ui.T("Désactivé", "Disabled"),
        _ => Readable(code),
    };

    public static string DeliveryStatus(string code) => code switch
    {
        "pending" => Ui.T("En attente", "Pending"),
        "succeeded" => Ui.T("Livrée", "Delivered"),
        "failed" => Ui.T("Échouée", "Failed"),
        _ => Readable(code),
    };

    public static string Format(string code) => code switch
    {
        "rex" => Ui.T("Retour d'expérience (REX)", "Experience sharing (REX)"),
        "conference" => Ui.T("Conférence", "Conference"),
        "training" => Ui.T("Formation", "Training"),
        "webinar" => Ui.T("Webinaire", "Webinar"),
        _ => Readable(code),
    };

    public static string Theme(string code) => code switch
    {
        "green-it-barometer" => Ui.T("Baromètre Green IT", "Green-IT barometer"),
        "eco-design" => Ui.T("Écoconception", "Eco-design"),
        "impact-measurement" => Ui.T("Mesure d'impact", "Impact measurement"),
        "circular-economy" => Ui.T("Économie circulaire", "Circular economy"),
        "e-waste" or "deee" => Ui.T("DEEE (déchets électroniques)", "E-waste"),
        "accessibility" => Ui.T("Accessibilité", "Accessibility"),
        "data-centres" => Ui.T("Centres de données", "Data centres"),
        "energy" => Ui.T("Énergie", "Energy"),
        "procurement" => Ui.T("Achats responsables", "Responsible procurement"),
        "public-policy" => Ui.T("Politiques publiques", "Public policy"),
        "refurbishment" or "reemploi" => Ui.T("Réemploi et reconditionnement", "Reuse and refurbishment"),
        "ai" => Ui.T("Intelligence artificielle", "Artificial intelligence"),
        _ => Readable(code),
    };

    /// <summary>A region of a signatory (French region slugs, outside France) or of a listing (all of France, remote).</summary>
    public static string Region(string code) => code switch
    {
        "auvergne-rhone-alpes" => "Auvergne-Rhône-Alpes",
        "bourgogne-franche-comte" => "Bourgogne-Franche-Comté",
        "bretagne" => Ui.T("Bretagne", "Brittany"),
        "centre-val-de-loire" => "Centre-Val de Loire",
        "corse" => Ui.T("Corse", "Corsica"),
        "grand-est" => "Grand Est",
        "hauts-de-france" => "Hauts-de-France",
        "ile-de-france" => "Île-de-France",
        "normandie" => Ui.T("Normandie", "Normandy"),
        "nouvelle-aquitaine" => "Nouvelle-Aquitaine",
        "occitanie" => "Occitanie",
        "pays-de-la-loire" => "Pays de la Loire",
        "provence-alpes-cote-d-azur" => "Provence-Alpes-Côte d'Azur",
        "guadeloupe" => "Guadeloupe",
        "martinique" => "Martinique",
        "guyane" => Ui.T("Guyane", "French Guiana"),
        "la-reunion" => "La Réunion",
        "mayotte" => "Mayotte",
        "outre-mer" => Ui.T("Outre-mer", "Overseas France"),
        "outside-france" => Ui.T("Hors de France", "Outside France"),
        "france" => Ui.T("Toute la France", "All of France"),
        "remote" => Ui.T("À distance", "Remote"),
        _ => Readable(code),
    };

    public static string SizeBand(string code) => code switch
    {
        "micro" => Ui.T("Micro-entreprise (moins de 10)", "Micro (under 10)"),
        "sme" => Ui.T("PME (10 à 249)", "SME (10 to 249)"),
        "mid-size" => Ui.T("ETI (250 à 4 999)", "Mid-size (250 to 4,999)"),
        "large" => Ui.T("Grande entreprise (5 000 et plus)", "Large (5,000 or more)"),
        _ => Readable(code),
    };

    /// <summary>A directory listing's head-count band (<c>1-9</c>, …, <c>5000+</c>).</summary>
    public static string CompanySize(string code) => code switch
    {
        "5000+" => Ui.T("5 000 personnes et plus", "5,000 people or more"),
        _ => code.Split('-') is [var from, var to]
            ? Ui.T($"{from} à {to} personnes", $"{from} to {to} people")
            : Readable(code),
    };

    public static string Expertise(string code) => code switch
    {
        "eco-design" => Ui.T("Écoconception", "Eco-design"),
        "impact-measurement" => Ui.T("Mesure d'impact et ACV", "Impact measurement and LCA"),
        "circular-economy" => Ui.T("Économie circulaire", "Circular economy"),
        "green-it-strategy" => Ui.T("Stratégie numérique responsable", "Green-IT strategy"),
        "training" => Ui.T("Formation et sensibilisation", "Training and awareness"),
        "accessibility" => Ui.T("Accessibilité numérique", "Digital accessibility"),
        "sustainable-hosting" => Ui.T("Hébergement durable", "Sustainable hosting"),
        _ => Readable(code),
    };

    /// <summary>A language's name (<c>fr</c> → Français / French).</summary>
    public static string Language(string code) => code switch
    {
        "fr" => Ui.T("Français", "French"),
        "en" => Ui.T("Anglais", "English"),
        "de" => Ui.T("Allemand", "German"),
        "es" => Ui.T("Espagnol", "Spanish"),
        "it" => Ui.T("Italien", "Italian"),
        "nl" => Ui.T("Néerlandais", "Dutch"),
        "pt" => Ui.T("Portugais", "Portuguese"),
        "ar" => Ui.T("Arabe", "Arabic"),
        _ => code,
    };

    /// <summary>A language version's status (a translation, feminine in French).</summary>
    public static string TranslationStatus(string code) => code.ToLowerInvariant() switch
    {
        "missing" => Ui.T("Absente", "Missing"),
        "draft" => Ui.T("Brouillon", "Draft"),
        "in-review" => Ui.T("En relecture", "In review"),
        "published" => Ui.T("Publiée", "Published"),
        _ => Readable(code),
    };

    /// <summary>The labels of <paramref name="codes"/>, comma-separated; a dash when there is none.</summary>
    public static string List(IEnumerable<string> codes, Func<string, string> label) =>
        string.Join(", ", codes.Select(label)) is { Length: > 0 } text ? text : "–";
    private static string Readable(string code)
    {
        var words = code.Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? code : char.ToUpper(words[0], CultureInfo.InvariantCulture) + words[1..];
    }
}
