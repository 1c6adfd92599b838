namespace PlanetTechCare.Notifications.Templates;

/// <summary>
/// To an attendee holding a seat, directly or promoted from the waitlist: the workshop, when, the
/// meeting link when known, the invitation attached, and their personal cancellation link.
/// </summary>
public static class RegistrationConfirmedMail
{
    public static MailContent Compose(WorkshopMailFacts facts, bool promoted, string language)
    {
        if (language == "en")
        {
            return new(promoted ? $"A seat is yours: {facts.Title}" : $"Registration confirmed: {facts.Title}",
                promoted ? "A seat freed up for you" : "Your registration is confirmed",
                [
                    $"Hello {facts.AttendeeName},",
                    promoted
                        ? $"A seat freed up: you have left the waitlist and your registration to “{facts.Title}” is confirmed."
                        : $"Your registration to “{facts.Title}” is confirmed.",
                    "The invitation attached adds the workshop to your calendar.",
                    "Cannot come after all? Cancel your registration, so that someone on the waitlist takes your seat.",
                ],
                [new("Workshop:", facts.Title), new("When:", facts.When), new("Where:", facts.MeetingUrl ?? "Online; the link to join will be sent before the workshop.")],
                new("Cancel my registration", facts.CancelUrl));
        }

        return new(promoted ? $"Une place pour vous : {facts.Title}" : $"Inscription confirmée : {facts.Title}",
            promoted ? "Une place s'est libérée pour vous" : "Votre inscription est confirmée",
            [
                $"Bonjour {facts.AttendeeName},",
                promoted
                    ? $"Une place s'est libérée : vous quittez la liste d'attente et votre inscription à « {facts.Title} » est confirmée."
                    : $"Votre inscription à « {facts.Title} » est confirmée.",
                "L'invitation jointe ajoute l'atelier à votre agenda.",
                "Vous ne pourrez finalement pas venir ? Annulez votre inscription pour qu'une personne de la liste d'attente prenne votre place.",
            ],
            [new("Atelier :", facts.Title), new("Quand :", facts.When), new("Où :", facts.MeetingUrl ?? "En ligne ; le lien de connexion vous sera envoyé avant l'atelier.")],
            new("Annuler mon inscription", facts.CancelUrl));
    }
}
