namespace PlanetTechCare.Contracts;

/// <summary>A text in French and/or English; at least one is present.</summary>
public sealed record LocalizedText(string? Fr, string? En);
