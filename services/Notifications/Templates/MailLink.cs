namespace PlanetTechCare.Notifications.Templates;

/// <summary>A link an e-mail offers: its label and address.</summary>
public sealed record MailLink(string Label, string Url);
