using System.ComponentModel.DataAnnotations;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Validation;

namespace PlanetTechCare.Webhooks.Apis;

/// <summary>A new subscription: where to send, and which event types (<c>registration.*</c> means every registration event).</summary>
public sealed record SubscriptionRequest(
    [property: RequiredField, Text(SubscriptionRequest.MaxUrlLength), HttpUrl] string? Url,
    [property: RequiredField, MinLength(1, ErrorMessage = ValidationMessages.Required), Items(SubscriptionRequest.MaxEventTypes),
        OneOf(typeof(SubscriptionRequest), nameof(SubscriptionRequest.Subscribable))] List<string>? EventTypes) : IExampleBody<SubscriptionRequest>
{
    /// <summary>The example the API documents show.</summary>
    public static SubscriptionRequest Example => new("https://app.example.org/hooks/ptc", [Domain.EventTypes.WorkshopScheduled, Domain.EventTypes.WorkshopHeld, Domain.EventTypes.ReplayPublished]);

    public const string RegistrationWildcard = "registration.*";
    public const int MaxUrlLength = 2000;
    public const int MaxEventTypes = 20;

    /// <summary>What <see cref="EventTypes"/> may hold: the platform's event types and the registration wildcard.</summary>
    public static IReadOnlyList<string> Subscribable { get; } = [.. Domain.EventTypes.All, RegistrationWildcard];

    /// <summary>The wanted types, wildcard expanded, without duplicates, in the platform's order.</summary>
    public List<string> WantedTypes()
    {
        var asked = EventTypes ?? [];
        return [.. Domain.EventTypes.All.Where(type => asked.Contains(type)
            || (asked.Contains(RegistrationWildcard) && type.StartsWith("registration.", StringComparison.Ordinal)))];
    }
}
