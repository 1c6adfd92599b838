namespace PlanetTechCare.Notifications.Domain;

/// <summary>
/// How to reach the person behind a registration, as the workshops service recorded it once, with
/// the registration: their address and language, their self-service token (for the cancellation
/// link) and the workshop's meeting link at the time, when known.
/// </summary>
public sealed class AttendeeContact(
    Guid registrationId, Guid workshopId, string name, string email, string language, string cancellationToken, string? meetingUrl)
{
    public Guid RegistrationId { get; private set; } = registrationId;

    public Guid WorkshopId { get; private set; } = workshopId;

    public string Name { get; private set; } = name;

    public string Email { get; private set; } = email;

    public string Language { get; private set; } = language;

    public string CancellationToken { get; private set; } = cancellationToken;

    public string? MeetingUrl { get; private set; } = meetingUrl;

    public MailRecipient Recipient => new(Name, Email, Language);
}
