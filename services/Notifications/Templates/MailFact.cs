namespace PlanetTechCare.Notifications.Templates;

/// <summary>One line of an e-mail's facts: "When: Thursday 12 March 2026, 14:00–15:30".</summary>
public sealed record MailFact(string Label, string Value);
