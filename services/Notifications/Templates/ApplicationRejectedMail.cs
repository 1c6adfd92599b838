namespace PlanetTechCare.Notifications.Templates;

/// <summary>To the contact of a rejected application, with the reason staff gave.</summary>
public static class ApplicationRejectedMail
{
    public static MailContent Compose(string contactName, string organisation, string? reason, string language) => language == "en"
        ? new($"Your application for {organisation}", "Application not approved",
        [
            $"Hello {contactName},",
            $"We cannot approve {organisation}'s application as it stands.",
            "You may apply again once the reason below is addressed.",
        ], [new("Reason:", reason ?? "No reason was given.")])
        : new($"Votre candidature pour {organisation}", "Candidature non validée",
        [
            $"Bonjour {contactName},",
            $"Nous ne pouvons pas valider la candidature de {organisation} en l'état.",
            "Vous pourrez candidater de nouveau une fois le motif ci-dessous levé.",
        ], [new("Motif :", reason ?? "Aucun motif n'a été précisé.")]);
}
