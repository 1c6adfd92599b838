namespace PlanetTechCare.Content.Domain;

/// <summary>A partner organisation credited on an item (the hosts of a replayed workshop).</summary>
public sealed record PartnerCredit(Guid Id, string Name);
