namespace PlanetTechCare.Workshops.Domain;

/// <summary>Who registers: name, e-mail, organisation (optionally a signatory), consent.</summary>
public sealed record Attendee(string Name, string Email, string? Organisation, Guid? SignatoryId, bool Consent);
