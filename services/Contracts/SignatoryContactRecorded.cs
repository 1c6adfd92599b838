namespace PlanetTechCare.Contracts;

/// <summary>
/// The private contact of an application, for the notifications service alone (no other service
/// subscribes to it, and the webhooks service forwards only the types it names): who to write to
/// about the application, in which language (<c>fr</c> or <c>en</c>). Published with the
/// application, in its transaction, and again whenever the contact changes.
/// </summary>
public sealed record SignatoryContactRecorded(Guid SignatoryId, string ContactName, string ContactEmail, string Language) : IntegrationEvent;
