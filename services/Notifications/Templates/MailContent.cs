namespace PlanetTechCare.Notifications.Templates;

/// <summary>
/// What one e-mail says, before the platform's layout (<see cref="MailLayout"/>) turns it into its
/// HTML and plain-text bodies: a subject, a heading, paragraphs, the facts it lists (label and
/// value), and the one action it offers, if any.
/// </summary>
public sealed record MailContent(
    string Subject, string Heading, IReadOnlyList<string> Paragraphs, IReadOnlyList<MailFact>? Facts = null, MailLink? Action = null);
