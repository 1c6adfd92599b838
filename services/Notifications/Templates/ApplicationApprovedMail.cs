namespace PlanetTechCare.Notifications.Templates;

/// <summary>To the contact of an approved application: welcome, and what comes next.</summary>
public static class ApplicationApprovedMail
{
    public static MailContent Compose(string contactName, string organisation, string language) => language == "en"
        ? new($"{organisation} has signed Planet Tech'Care", "Welcome among the signatories",
        [
            $"Hello {contactName},",
            $"Good news: {organisation}'s application is approved. Your organisation is now a signatory of the manifesto.",
            "What comes next: measure the footprint of your digital services, set yourselves reduction goals, and join our monthly online workshops to learn from other signatories and share your own experience.",
            "If you provide digital services, your listing in the directory of providers goes online once our team has reviewed it.",
        ])
        : new($"{organisation} est signataire de Planet Tech'Care", "Bienvenue parmi les signataires",
        [
            $"Bonjour {contactName},",
            $"Bonne nouvelle : la candidature de {organisation} est validée. Votre organisation est désormais signataire du manifeste.",
            "Et maintenant : mesurez l'empreinte de vos services numériques, fixez-vous des objectifs de réduction et rejoignez nos ateliers mensuels en ligne pour apprendre des autres signataires et partager votre expérience.",
            "Si vous proposez des services numériques, votre fiche dans l'annuaire des prestataires sera publiée après relecture par notre équipe.",
        ]);
}
