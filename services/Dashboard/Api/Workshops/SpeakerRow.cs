namespace PlanetTechCare.Dashboard.Api.Workshops;

/// <summary>A speaker, as sent and received.</summary>
public sealed record SpeakerRow(string? Name, string? Organisation, string? Role, string? Bio);
