namespace PlanetTechCare.Notifications.Domain;

/// <summary>What the event itself tells the e-mail: the organisation's name, a rejection's reason, a waitlist position.</summary>
public sealed record NoticeFacts(string? OrganisationName = null, string? Reason = null, int? Position = null);
