using System.Security.Claims;
using PlanetTechCare.ServiceDefaults.Security;
using PlanetTechCare.Webhooks.Domain;

namespace PlanetTechCare.Webhooks.Apis;

/// <summary>
/// Who calls: the owner of the subscriptions it makes (the token's API client, else its subject),
/// the workshops partner it acts for, and whether it is staff (the <c>admin</c> scope). An app sees
/// its own subscriptions and the registrations of its partner's workshops; staff see everything.
/// </summary>
public sealed record Caller(string Owner, Guid? PartnerId, bool IsStaff)
{
    public static Caller Of(ClaimsPrincipal user) => new(
        user.FindFirst("client_id")?.Value ?? user.FindFirst("sub")?.Value ?? string.Empty, user.PartnerId(), user.HasScope(Scopes.Admin));

    /// <summary>May receive events about the workshops of some partners only (registrations).</summary>
    public bool MayReceivePartnerEvents => IsStaff || PartnerId is not null;

    public IQueryable<Subscription> Visible(IQueryable<Subscription> subscriptions) =>
        IsStaff ? subscriptions : subscriptions.Where(s => s.Owner == Owner);

    public IQueryable<FeedEvent> Visible(IQueryable<FeedEvent> events)
    {
        if (IsStaff)
        {
            return events;
        }

        var partnerId = PartnerId ?? Guid.Empty;
        return events.Where(e => e.PartnerIds == null || e.PartnerIds.Contains(partnerId));
    }
}
