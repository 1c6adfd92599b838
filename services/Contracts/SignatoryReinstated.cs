namespace PlanetTechCare.Contracts;

/// <summary>
/// Staff reinstated a suspended signatory: it is in good standing again.
/// <see cref="Version"/> grows with every change of the signatory, so a consumer can ignore an
/// event older than what it already applied.
/// </summary>
public sealed record SignatoryReinstated(Guid SignatoryId, SignatoryProfile Profile, long Version) : IntegrationEvent;
