namespace PlanetTechCare.Webhooks.Domain;

/// <summary>
/// The partners hosting a workshop, as its latest scheduled or updated event tells: the apps of
/// those partners receive the workshop's registration events.
/// </summary>
public sealed class WorkshopHosts(Guid workshopId, List<Guid> partnerIds, long version)
{
    public Guid WorkshopId { get; private set; } = workshopId;

    public List<Guid> PartnerIds { get; private set; } = partnerIds;

    /// <summary>The workshop's version in the event that set the partners; an older event changes nothing.</summary>
    public long Version { get; private set; } = version;

    public void Update(List<Guid> partnerIds, long version)
    {
        if (version > Version)
        {
            PartnerIds = partnerIds;
            Version = version;
        }
    }
}
