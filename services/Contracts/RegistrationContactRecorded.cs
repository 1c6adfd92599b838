namespace PlanetTechCare.Contracts;

/// <summary>
/// How to reach a person who registered to a workshop, for the notifications service alone (no
/// other service subscribes to it): their e-mail address and language (<c>fr</c> or <c>en</c>), the
/// self-service token of their registration (only its hash is kept by the workshops service, so it
/// travels once, here, for the cancellation link of their e-mails) and the workshop's meeting link
/// when it is known. Published with the registration, in its transaction.
/// </summary>
public sealed record RegistrationContactRecorded(
    Guid RegistrationId, Guid WorkshopId, string AttendeeName, string Email, string Language, string CancellationToken, string? MeetingUrl)
    : IntegrationEvent;
