namespace PlanetTechCare.Notifications.Domain;

/// <summary>
/// An e-mail an event calls for, waiting for what it needs to be written: the recipient's contact
/// (which travels in an event of its own, and may arrive after this one) and, for a registration,
/// the workshop's details. It becomes a <see cref="Message"/> in the transaction that brings the
/// last of them, and is then removed. <see cref="SubjectId"/> is the signatory's or the registration's id.
/// </summary>
public sealed class PendingNotice(Guid eventId, string template, Guid subjectId, Guid? workshopId, NoticeFacts facts, DateTimeOffset occurredAt)
{
    public Guid EventId { get; private set; } = eventId;

    public string Template { get; private set; } = template;

    public Guid SubjectId { get; private set; } = subjectId;

    public Guid? WorkshopId { get; private set; } = workshopId;

    public NoticeFacts Facts { get; private set; } = facts;

    public DateTimeOffset OccurredAt { get; private set; } = occurredAt;
}
