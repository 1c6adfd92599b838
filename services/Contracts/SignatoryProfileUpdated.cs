namespace PlanetTechCare.Contracts;

/// <summary>
/// A signatory's public profile changed.
/// <see cref="Version"/> grows with every change of the signatory, so a consumer can ignore an
/// event older than what it already applied.
/// </summary>
public sealed record SignatoryProfileUpdated(Guid SignatoryId, SignatoryProfile Profile, long Version) : IntegrationEvent;
