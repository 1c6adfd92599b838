namespace PlanetTechCare.Directory.Tests.Support;

/// <summary>A case study reference.</summary>
public sealed record ReferenceDto(string Title, string Url);
