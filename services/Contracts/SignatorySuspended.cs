namespace PlanetTechCare.Contracts;

/// <summary>
/// Staff suspended a signatory, with a reason; it must disappear from public view.
/// <see cref="Version"/> grows with every change of the signatory.
/// </summary>
public sealed record SignatorySuspended(Guid SignatoryId, string Name, string? Reason, long Version) : IntegrationEvent;
