using PlanetTechCare.Identity.Domain;

namespace PlanetTechCare.Identity.Clients;

/// <summary>
/// A partner API client to create: who it is for, the scopes it may ask for (any but <c>admin</c>)
/// and, for a partner hosting workshops, that partner's id in the workshops service, which its
/// tokens carry so that it is sent the registrations of its own workshops.
/// </summary>
public sealed record CreateClientRequest(string? DisplayName, string? OrganisationName, IReadOnlyList<string>? Scopes, Guid? PartnerId = null)
{
    public const int MaxNameLength = 200;

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(DisplayName) || DisplayName.Length > MaxNameLength)
        {
            errors["displayName"] = [$"A display name of 1 to {MaxNameLength} characters is required."];
        }

        if (string.IsNullOrWhiteSpace(OrganisationName) || OrganisationName.Length > MaxNameLength)
        {
            errors["organisationName"] = [$"An organisation name of 1 to {MaxNameLength} characters is required."];
        }

        if (Scopes is null || Scopes.Count == 0)
        {
            errors["scopes"] = [$"At least one scope is required, among: {string.Join(", ", ApiScopes.PartnerAssignable)}."];
        }
        else if (Scopes.Where(scope => !ApiScopes.PartnerAssignable.Contains(scope, StringComparer.Ordinal)).ToList() is { Count: > 0 } refused)
        {
            errors["scopes"] = [$"Not a scope a partner client may have: {string.Join(", ", refused)}. Allowed: {string.Join(", ", ApiScopes.PartnerAssignable)}."];
        }

        if (PartnerId == Guid.Empty)
        {
            errors["partnerId"] = ["The partner id, when given, is the id of a workshops partner, not an empty GUID."];
        }

        return errors;
    }
}
