namespace PlanetTechCare.Notifications.Templates;

/// <summary>What the e-mails about a registration tell: who, which workshop, when, where, and the attendee's own cancellation link.</summary>
public sealed record WorkshopMailFacts(string AttendeeName, string Title, string When, string? MeetingUrl, string CancelUrl);
