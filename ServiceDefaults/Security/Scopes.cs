namespace PlanetTechCare.ServiceDefaults.Security;

/// <summary>The OAuth scopes of the platform's API, each an authorisation policy of the same name.</summary>
public static class Scopes
{
    public const string SignatoriesRead = "signatories.read";
    public const string SignatoriesWrite = "signatories.write";
    public const string WorkshopsRead = "workshops.read";
    public const string WorkshopsWrite = "workshops.write";
    public const string RegistrationsWrite = "registrations.write";
    public const string DirectoryWrite = "directory.write";
    public const string ContentWrite = "content.write";
    public const string WebhooksManage = "webhooks.manage";
    public const string NotificationsRead = "notifications.read";
    public const string Admin = "admin";

    /// <summary>Every scope: the service it opens (the token's audience) and what it allows.</summary>
    public static readonly IReadOnlyDictionary<string, ScopeInfo> All = new Dictionary<string, ScopeInfo>(StringComparer.Ordinal)
    {
        [SignatoriesRead] = new("signatories", "Read pending applications and signatories' histories."),
        [SignatoriesWrite] = new("signatories", "Approve, reject, suspend and reinstate signatories; edit profiles."),
        [WorkshopsRead] = new("workshops", "Read draft workshops, registrations and attendance."),
        [WorkshopsWrite] = new("workshops", "Create, edit, schedule and cancel workshops; manage partners."),
        [RegistrationsWrite] = new("workshops", "Record attendance and manage registrations."),
        [DirectoryWrite] = new("directory", "Moderate and edit directory listings."),
        [ContentWrite] = new("content", "Create, translate and publish library content."),
        [WebhooksManage] = new("webhooks", "Manage webhook subscriptions and their deliveries."),
        [NotificationsRead] = new("notifications", "Read the e-mails sent to applicants and attendees, and how sending them went."),
        [Admin] = new("identity", "Manage API clients and staff accounts."),
    };

    /// <summary>Every service a token may be meant for.</summary>
    public static IReadOnlyList<string> Resources { get; } = [.. All.Values.Select(scope => scope.Resource).Distinct()];
}
