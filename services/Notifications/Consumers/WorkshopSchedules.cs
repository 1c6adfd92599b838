using PlanetTechCare.Contracts;
using PlanetTechCare.Notifications.Data;
using PlanetTechCare.Notifications.Domain;
using PlanetTechCare.Notifications.Services;

namespace PlanetTechCare.Notifications.Consumers;

/// <summary>What the workshop consumers share: keep the newest details, then write the e-mails that were waiting for them.</summary>
internal static class WorkshopSchedules
{
    public static async Task ApplyAsync(
        NotificationsDbContext db, Notices notices, Guid workshopId, WorkshopDetails details, long version, CancellationToken cancellationToken)
    {
        await notices.SerializeAsync(workshopId, cancellationToken);
        if (await db.Workshops.FindAsync([workshopId], cancellationToken) is { } known)
        {
            known.Update(details.Title.Fr, details.Title.En, details.StartsAt, details.EndsAt, version);
        }
        else
        {
            db.Workshops.Add(new WorkshopSchedule(workshopId, details.Title.Fr, details.Title.En, details.StartsAt, details.EndsAt, version));
        }

        await db.SaveChangesAsync(cancellationToken);
        await notices.ResolveWorkshopAsync(workshopId, cancellationToken);
    }
}
