using PlanetTechCare.Notifications.Domain;
using PlanetTechCare.ServiceDefaults.Validation;

namespace PlanetTechCare.Notifications.Apis;

/// <summary>The message list's <c>?recipient=&amp;eventId=&amp;status=</c>, bound with <c>[AsParameters]</c>; each narrows the list.</summary>
public sealed record MessageFilter
{
    /// <summary>An e-mail address, in any case.</summary>
    [Text(Limits.Email), Email]
    public string? Recipient { get; init; }

    public Guid? EventId { get; init; }

    [OneOf(typeof(MessageView), nameof(MessageView.StatusTexts))]
    public string? Status { get; init; }

    public IQueryable<Message> Apply(IQueryable<Message> messages)
    {
        if (!string.IsNullOrWhiteSpace(Recipient))
        {
            var recipient = Recipient.Trim().ToLowerInvariant();
            messages = messages.Where(m => m.Recipient == recipient);
        }

        if (EventId is { } eventId)
        {
            messages = messages.Where(m => m.EventId == eventId);
        }

        if (Status is not null && MessageView.StatusOf(Status) is { } status)
        {
            messages = messages.Where(m => m.Status == status);
        }

        return messages;
    }
}
