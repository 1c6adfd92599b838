namespace PlanetTechCare.Webhooks.Domain;

/// <summary>The event types an app can subscribe to, and the CloudEvents type and source of each.</summary>
public static class EventTypes
{
    public const string WorkshopScheduled = "workshop.scheduled";
    public const string WorkshopUpdated = "workshop.updated";
    public const string WorkshopCancelled = "workshop.cancelled";
    public const string WorkshopHeld = "workshop.held";
    public const string ReplayPublished = "replay.published";
    public const string RegistrationConfirmed = "registration.confirmed";
    public const string RegistrationWaitlisted = "registration.waitlisted";
    public const string RegistrationPromoted = "registration.promoted";
    public const string RegistrationCancelled = "registration.cancelled";
    public const string SignatoryApproved = "signatory.approved";
    public const string ContentPublished = "content.published";

    /// <summary>A test event an app asks for, sent to one subscription only: not subscribable, never in the feed.</summary>
    public const string WebhookTest = "webhook.test";

    public const string CloudEventTypePrefix = "org.planet-techcare.";

    public static readonly IReadOnlyList<string> All =
    [
        WorkshopScheduled, WorkshopUpdated, WorkshopCancelled, WorkshopHeld, ReplayPublished,
        RegistrationConfirmed, RegistrationWaitlisted, RegistrationPromoted, RegistrationCancelled,
        SignatoryApproved, ContentPublished,
    ];

    /// <summary>Registration events name attendees: they go only to the apps of the workshop's partners.</summary>
    public static bool IsAboutPartnerWorkshops(string eventType) => eventType.StartsWith("registration.", StringComparison.Ordinal);

    /// <summary>The service that publishes events of <paramref name="eventType"/>.</summary>
    public static string ServiceOf(string eventType) => eventType switch
    {
        SignatoryApproved => "signatories",
        ContentPublished => "content",
        WebhookTest => "webhooks",
        _ => "workshops",
    };

    public static Uri SourceOf(string eventType) => new($"https://planet-techcare.example/{ServiceOf(eventType)}");

    public static string CloudEventTypeOf(string eventType) => CloudEventTypePrefix + eventType;
}
