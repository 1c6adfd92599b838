namespace PlanetTechCare.Contracts;

/// <summary>
/// An organisation applied to sign the manifesto; staff have yet to validate it.
/// <see cref="Version"/> grows with every change of the signatory, so a consumer can ignore an
/// event older than what it already applied.
/// </summary>
public sealed record SignatoryApplied(Guid SignatoryId, SignatoryProfile Profile, long Version) : IntegrationEvent;
