namespace PlanetTechCare.Notifications.Domain;

/// <summary>An e-mail as composed for its recipient: subject, HTML and plain-text bodies, and an optional calendar invitation.</summary>
public sealed record ComposedMail(string Subject, string Html, string Text, string? Invitation);
