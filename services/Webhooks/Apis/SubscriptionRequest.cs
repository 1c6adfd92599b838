using PlanetTechCare.Webhooks.Domain;

namespace PlanetTechCare.Webhooks.Apis;

/// <summary>A new subscription: where to send, and which event types (<c>registration.*</c> means every registration event).</summary>
public sealed record SubscriptionRequest(string? Url, List<string>? EventTypes)
{
    public const string RegistrationWildcard = "registration.*";

    /// <summary>The wanted types, wildcard expanded, without duplicates, in the platform's order.</summary>
    public List<string> WantedTypes()
    {
        var asked = EventTypes ?? [];
        return [.. Domain.EventTypes.All.Where(type => asked.Contains(type)
            || (asked.Contains(RegistrationWildcard) && type.StartsWith("registration.", StringComparison.Ordinal)))];
    }

    public Dictionary<string, string[]> Validate(Caller caller)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Url))
        {
            errors["url"] = ["The target URL is required."];
        }
        else if (Url.Length > 2000 || !Uri.TryCreate(Url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            errors["url"] = ["The target URL must be an absolute https URL of at most 2000 characters."];
        }

        if (EventTypes is null || EventTypes.Count == 0)
        {
            errors["eventTypes"] = ["At least one event type is required."];
        }
        else if (EventTypes.Where(type => type != RegistrationWildcard && !Domain.EventTypes.All.Contains(type)).ToList() is { Count: > 0 } unknown)
        {
            errors["eventTypes"] = [$"Unknown event types: {string.Join(", ", unknown)}. Known: {string.Join(", ", Domain.EventTypes.All)}, {RegistrationWildcard}."];
        }
        else if (!caller.MayReceivePartnerEvents && WantedTypes().Any(Domain.EventTypes.IsAboutPartnerWorkshops))
        {
            errors["eventTypes"] = ["Registration events are sent for a partner's own workshops only, and this client is not linked to a workshops partner: ask Planet Tech'Care staff to link it."];
        }

        return errors;
    }
}
