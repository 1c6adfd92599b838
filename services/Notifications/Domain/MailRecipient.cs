namespace PlanetTechCare.Notifications.Domain;

/// <summary>Who an e-mail goes to: name, address and the language it is written in.</summary>
public sealed record MailRecipient(string Name, string Email, string Language);
