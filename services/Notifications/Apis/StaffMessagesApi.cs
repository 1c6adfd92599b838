using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Notifications.Data;
using PlanetTechCare.ServiceData;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Security;

namespace PlanetTechCare.Notifications.Apis;

/// <summary>The e-mails the platform sent or tries to send, for staff (<c>notifications.read</c>).</summary>
public static class StaffMessagesApi
{
    public const string BasePath = "/api/v1/notifications/staff";

    public static RouteGroupBuilder MapStaffMessagesApi(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup(BasePath).WithTags("Notifications staff").RequireScope(Scopes.NotificationsRead);
        staff.MapGet("/messages", ListAsync).WithName("ListMessages")
            .WithSummary("Messages, newest first, narrowed by recipient, event id and status (pending, sent, failed): attempts, the SMTP server's last answer, when sent.");
        return staff;
    }

    public static async Task<Ok<PagedList<MessageView>>> ListAsync(
        [AsParameters] MessageFilter filter, [AsParameters] PageRequest page, NotificationsDbContext db, CancellationToken cancellationToken)
    {
        var list = await filter.Apply(db.Messages.AsNoTracking())
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .ToPagedListAsync(page, cancellationToken);
        return TypedResults.Ok(new PagedList<MessageView>([.. list.Items.Select(MessageView.From)], list.Page, list.PageSize, list.Total));
    }
}
