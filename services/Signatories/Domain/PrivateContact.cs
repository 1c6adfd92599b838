namespace PlanetTechCare.Signatories.Domain;

/// <summary>Who staff talk to at the organisation. Never shown publicly nor sent in events.</summary>
public sealed record PrivateContact(string Name, string Role, string Email);
