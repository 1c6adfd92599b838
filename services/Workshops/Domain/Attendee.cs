namespace PlanetTechCare.Workshops.Domain;

/// <summary>Who registers: name, e-mail, organisation (optionally a signatory), consent, and the language they are written to in (<c>fr</c> or <c>en</c>).</summary>
public sealed record Attendee(string Name, string Email, string? Organisation, Guid? SignatoryId, bool Consent, string Language);
