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
    public const string Admin = "admin";

    public static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>
    {
        [SignatoriesRead] = "Read pending applications and signatories' histories.",
        [SignatoriesWrite] = "Approve, reject, suspend and reinstate signatories; edit profiles.",
        [WorkshopsRead] = "Read draft workshops, registrations and attendance.",
        [WorkshopsWrite] = "Create, edit, schedule and cancel workshops; manage partners.",
        [RegistrationsWrite] = "Record attendance and manage registrations.",
        [DirectoryWrite] = "Moderate and edit directory listings.",
        [ContentWrite] = "Create, translate and publish library content.",
        [WebhooksManage] = "Manage webhook subscriptions and their deliveries.",
        [Admin] = "Manage API clients and staff accounts.",
    };
}
