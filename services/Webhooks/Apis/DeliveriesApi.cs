using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PlanetTechCare.ServiceData;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.Webhooks.Data;

namespace PlanetTechCare.Webhooks.Apis;

/// <summary>A subscription's delivery log, and manual redelivery of one delivery or of everything since a time.</summary>
public static class DeliveriesApi
{
    public static RouteGroupBuilder MapDeliveriesApi(this IEndpointRouteBuilder app)
    {
        var group = WebhooksGroup.Map(app, "Webhook deliveries");
        group.MapGet("/subscriptions/{id:guid}/deliveries", ListAsync).WithName("ListWebhookDeliveries")
            .WithSummary("The subscription's deliveries, newest first: status, attempts, last response code and latency, next attempt.");
        group.MapPost("/deliveries/{id:guid}/redeliver", RedeliverOneAsync).WithName("RedeliverWebhook")
            .WithSummary("Sends one delivery again, with the same webhook id.");
        group.MapPost("/subscriptions/{id:guid}/redeliver", RedeliverSinceAsync).WithName("RedeliverWebhooksSince")
            .WithSummary("Sends again every delivery of the subscription recorded since a time (?since=ISO-8601).");
        return group;
    }

    public static async Task<Results<Ok<PagedList<DeliveryView>>, NotFound>> ListAsync(
        Guid id, [AsParameters] PageRequest page, ClaimsPrincipal user, WebhooksDbContext db, CancellationToken cancellationToken)
    {
        if (await SubscriptionsApi.FindAsync(db, id, user, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var list = await db.Deliveries.AsNoTracking().Where(d => d.SubscriptionId == id)
            .OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id).ToPagedListAsync(page, cancellationToken);
        return TypedResults.Ok(new PagedList<DeliveryView>([.. list.Items.Select(DeliveryView.From)], list.Page, list.PageSize, list.Total));
    }

    public static async Task<Results<Ok<DeliveryView>, NotFound>> RedeliverOneAsync(
        Guid id, ClaimsPrincipal user, WebhooksDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var visible = Caller.Of(user).Visible(db.Subscriptions);
        var delivery = await db.Deliveries
            .Where(d => d.Id == id && visible.Any(s => s.Id == d.SubscriptionId))
            .FirstOrDefaultAsync(cancellationToken);
        if (delivery is null)
        {
            return TypedResults.NotFound();
        }

        delivery.Redeliver(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(DeliveryView.From(delivery));
    }

    public static async Task<Results<Ok<RedeliveryView>, NotFound>> RedeliverSinceAsync(
        Guid id, DateTimeOffset since, ClaimsPrincipal user, WebhooksDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await SubscriptionsApi.FindAsync(db, id, user, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var fromUtc = since.ToUniversalTime();
        var deliveries = await db.Deliveries.Where(d => d.SubscriptionId == id && d.CreatedAt >= fromUtc).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var delivery in deliveries)
        {
            delivery.Redeliver(now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new RedeliveryView(deliveries.Count));
    }
}
