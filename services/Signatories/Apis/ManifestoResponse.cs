using PlanetTechCare.Contracts;

namespace PlanetTechCare.Signatories.Apis;

/// <summary>The current manifesto, in French and English.</summary>
public sealed record ManifestoResponse(int Version, LocalizedText Title, LocalizedText Text, DateTimeOffset PublishedAt);
