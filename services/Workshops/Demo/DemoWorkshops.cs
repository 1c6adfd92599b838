using PlanetTechCare.Workshops.Apis;
using PlanetTechCare.Workshops.Domain;

namespace PlanetTechCare.Workshops.Demo;

/// <summary>A year and more of monthly demo workshops (Paris time), the REX of 28 October 2025 among them.</summary>
public static class DemoWorkshops
{
    public sealed record Entry(DateOnly Date, string Format, string[] Themes, string[] Partners, string TitleFr, string TitleEn, Speaker[] Speakers);

    public static readonly IReadOnlyList<Entry> All =
    [
        new(new(2025, 10, 28), WorkshopFormats.Rex, ["circular-economy", "e-waste"], ["Alliance Green IT", "INR"],
            "REX : économie circulaire et DEEE", "REX: circular economy and e-waste",
            [Speaker("Représentante ASI", "ASI", "Responsable RSE"), Speaker("Représentant Modixia", "Modixia", "Directeur général"),
             Speaker("Représentante Wavestone", "Wavestone", "Manager numérique responsable")]),
        new(new(2025, 11, 25), WorkshopFormats.Conference, ["green-it-barometer"], ["Alliance Green IT"],
            "Baromètre Green IT 2025", "Green IT barometer 2025", [Speaker("Intervenant Alliance Green IT", "Alliance Green IT", "Président")]),
        new(new(2025, 12, 16), WorkshopFormats.Training, ["eco-design"], ["INR"],
            "Écoconception de services numériques : les bases", "Eco-design of digital services: the basics", [Speaker("Formatrice INR", "INR", "Formatrice")]),
        new(new(2026, 1, 27), WorkshopFormats.Webinar, ["impact-measurement"], ["Boavizta"],
            "Mesurer l'empreinte de son SI", "Measuring the footprint of an IT system", [Speaker("Contributeur Boavizta", "Boavizta", "Ingénieur")]),
        new(new(2026, 2, 24), WorkshopFormats.Conference, ["public-policy"], ["Ademe"],
            "Numérique et transition écologique", "Digital and the ecological transition", [Speaker("Expert Ademe", "Ademe", "Chargé de mission")]),
        new(new(2026, 3, 24), WorkshopFormats.Rex, ["energy", "data-centres"], ["The Shift Project"],
            "REX : sobriété des centres de données", "REX: data-centre sufficiency", [Speaker("Chercheuse", "The Shift Project", "Cheffe de projet")]),
        new(new(2026, 4, 28), WorkshopFormats.Webinar, ["circular-economy", "refurbishment"], ["AFNUM"],
            "Reconditionnement des terminaux", "Refurbishing devices", [Speaker("Représentant AFNUM", "AFNUM", "Délégué")]),
        new(new(2026, 5, 26), WorkshopFormats.Conference, ["procurement"], ["Cigref"],
            "Achats numériques responsables", "Responsible digital procurement", [Speaker("Représentante Cigref", "Cigref", "Directrice de mission")]),
        new(new(2026, 6, 23), WorkshopFormats.Training, ["eco-design", "accessibility"], ["INR", "Cinov Numérique"],
            "Écoconception et accessibilité", "Eco-design and accessibility", [Speaker("Consultante", "Cinov Numérique", "Consultante")]),
        new(new(2026, 9, 22), WorkshopFormats.Webinar, ["ai", "impact-measurement"], ["Boavizta", "Systematic"],
            "IA frugale : mesurer avant d'entraîner", "Frugal AI: measure before you train", [Speaker("Chercheur", "Systematic", "Chercheur")]),
        new(new(2026, 10, 27), WorkshopFormats.Rex, ["startups"], ["France Digitale", "Bpifrance"],
            "REX : des startups sobres", "REX: sufficient start-ups", [Speaker("Fondatrice", "France Digitale", "Membre")]),
        new(new(2026, 12, 15), WorkshopFormats.Conference, ["green-it-barometer"], ["Alliance Green IT", "INR"],
            "Baromètre Green IT 2026", "Green IT barometer 2026", [Speaker("Intervenant Alliance Green IT", "Alliance Green IT", "Président")]),
        new(new(2027, 1, 26), WorkshopFormats.Webinar, ["circular-economy", "e-waste"], ["Ademe", "AFNUM"],
            "DEEE : où en est-on ?", "E-waste: where do we stand?", [Speaker("Expert Ademe", "Ademe", "Ingénieur")]),
    ];

    /// <summary>The staff request creating the workshop: 14:00 to 15:30 Paris time, 150 seats, registration open 30 days before.</summary>
    public static WorkshopRequest RequestFor(Entry entry, IReadOnlyDictionary<string, Guid> partnerIds)
    {
        var local = entry.Date.ToDateTime(new TimeOnly(14, 0));
        var start = new DateTimeOffset(local, ParisTime.Zone.GetUtcOffset(local)).ToUniversalTime();
        return new WorkshopRequest(entry.TitleFr, entry.TitleEn,
            Sentence($"Atelier mensuel Planet Tech'Care : {entry.TitleFr}"), Sentence($"Planet Tech'Care monthly workshop: {entry.TitleEn}"),
            entry.Format, entry.Themes, [.. entry.Partners.Select(p => partnerIds[p])],
            [.. entry.Speakers.Select(s => new SpeakerRequest(s.Name, s.Organisation, s.Role, s.Bio))],
            start, start.AddMinutes(90), $"https://meet.example.org/ptc-{entry.Date:yyyyMMdd}", 150, start.AddDays(-30), start);
    }

    /// <summary>The text with a full stop, unless it already ends a sentence ("DEEE : où en est-on ?").</summary>
    private static string Sentence(string text) => text.Length > 0 && "?!.…".Contains(text[^1], StringComparison.Ordinal) ? text : text + ".";

    private static Speaker Speaker(string name, string organisation, string role) => new() { Name = name, Organisation = organisation, Role = role };
}
