namespace PlanetTechCare.Contracts;

/// <summary>
/// Staff rejected an application, with a reason.
/// <see cref="Version"/> grows with every change of the signatory.
/// </summary>
public sealed record SignatoryRejected(Guid SignatoryId, string Name, string? Reason, long Version) : IntegrationEvent;
