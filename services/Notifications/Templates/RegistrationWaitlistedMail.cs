namespace PlanetTechCare.Notifications.Templates;

/// <summary>To an attendee put on the waitlist of a full workshop, with their position.</summary>
public static class RegistrationWaitlistedMail
{
    public static MailContent Compose(WorkshopMailFacts facts, int position, string language) => language == "en"
        ? new($"Waitlist: {facts.Title}", "You are on the waitlist",
        [
            $"Hello {facts.AttendeeName},",
            $"“{facts.Title}” is full: you are number {position} on its waitlist.",
            "If a seat frees up, it is yours automatically and we will write to you with the invitation.",
        ], [new("Workshop:", facts.Title), new("When:", facts.When), new("Position:", $"{position}")], new("Leave the waitlist", facts.CancelUrl))
        : new($"Liste d'attente : {facts.Title}", "Vous êtes sur la liste d'attente",
        [
            $"Bonjour {facts.AttendeeName},",
            $"« {facts.Title} » est complet : vous êtes en position {position} sur sa liste d'attente.",
            "Si une place se libère, elle vous revient automatiquement et nous vous écrirons avec l'invitation.",
        ], [new("Atelier :", facts.Title), new("Quand :", facts.When), new("Position :", $"{position}")], new("Quitter la liste d'attente", facts.CancelUrl));
}
