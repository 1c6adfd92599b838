namespace PlanetTechCare.Contracts;

/// <summary>
/// A signatory withdrew from the programme; it must disappear from public view.
/// <see cref="Version"/> grows with every change of the signatory.
/// </summary>
public sealed record SignatoryWithdrawn(Guid SignatoryId, string Name, string? Reason, long Version) : IntegrationEvent;
