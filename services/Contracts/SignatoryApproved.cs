namespace PlanetTechCare.Contracts;

/// <summary>
/// Staff approved an application: the organisation is now a signatory in good standing.
/// <see cref="Version"/> grows with every change of the signatory, so a consumer can ignore an
/// event older than what it already applied.
/// </summary>
public sealed record SignatoryApproved(Guid SignatoryId, SignatoryProfile Profile, long Version) : IntegrationEvent;
