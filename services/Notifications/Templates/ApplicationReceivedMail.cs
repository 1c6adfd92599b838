namespace PlanetTechCare.Notifications.Templates;

/// <summary>To the contact of a new application: it has arrived, staff will answer.</summary>
public static class ApplicationReceivedMail
{
    public static MailContent Compose(string contactName, string organisation, string language) => language == "en"
        ? new($"We have received {organisation}'s application", "Application received",
        [
            $"Hello {contactName},",
            $"Thank you for applying on behalf of {organisation} to sign the Planet Tech'Care manifesto.",
            "Our team reviews every application; you will receive our answer by e-mail.",
        ])
        : new($"Nous avons bien reçu la candidature de {organisation}", "Candidature reçue",
        [
            $"Bonjour {contactName},",
            $"Merci d'avoir candidaté au nom de {organisation} pour signer le manifeste Planet Tech'Care.",
            "Notre équipe examine chaque candidature ; vous recevrez notre réponse par e-mail.",
        ]);
}
