using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Problems;
using PlanetTechCare.Webhooks.Data;
using PlanetTechCare.Webhooks.Domain;
using PlanetTechCare.Webhooks.Services;

namespace PlanetTechCare.Webhooks.Apis;

/// <summary>
/// "Send a test event": an app checks its receiver (signature, parsing, answer) before real events
/// flow. The test event goes to that one subscription as a delivery like any other, and never to the
/// feed or to other subscriptions.
/// </summary>
public static class TestEventApi
{
    public static RouteGroupBuilder MapTestEventApi(this IEndpointRouteBuilder app)
    {
        var group = WebhooksGroup.Map(app, "Webhook subscriptions");
        group.MapPost("/subscriptions/{id:guid}/test", SendAsync).WithName("SendWebhookTestEvent")
            .WithSummary($"Sends the subscription a signed test event (type {EventTypes.CloudEventTypePrefix}{EventTypes.WebhookTest}) through the ordinary deliveries: logged, retried. A retry with the same Idempotency-Key answers the first delivery.");
        return group;
    }

    public static async Task<Results<Accepted<DeliveryView>, NotFound, ProblemHttpResult>> SendAsync(
        Guid id, [AsParameters] IdempotencyKeyHeader idempotency, ClaimsPrincipal user, WebhooksDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await SubscriptionsApi.FindAsync(db, id, user, cancellationToken) is not { } subscription)
        {
            return TypedResults.NotFound();
        }

        var eventId = TestEvents.IdFor(subscription.Id, idempotency.Value);
        if (await FindAsync(db, subscription.Id, eventId, cancellationToken) is { } earlier)
        {
            return Answer(earlier);
        }

        if (subscription.Status != SubscriptionStatus.Active)
        {
            return ProblemTypes.Conflict(ProblemTypes.InvalidTransition, "The subscription is not active.",
                $"The subscription is {SubscriptionView.StatusText(subscription.Status)}: only an active subscription is sent events (verify or resume it first).");
        }

        var delivery = TestEvents.DeliveryFor(subscription, eventId, clock.GetUtcNow());
        db.Deliveries.Add(delivery);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The same request, retried concurrently, committed first: answer as it did.
            db.ChangeTracker.Clear();
            return Answer((await FindAsync(db, subscription.Id, eventId, cancellationToken))!);
        }

        return Answer(delivery);
    }

    private static Task<Delivery?> FindAsync(WebhooksDbContext db, Guid subscriptionId, Guid eventId, CancellationToken cancellationToken) =>
        db.Deliveries.AsNoTracking().FirstOrDefaultAsync(d => d.SubscriptionId == subscriptionId && d.EventId == eventId, cancellationToken);

    private static Accepted<DeliveryView> Answer(Delivery delivery) =>
        TypedResults.Accepted($"{WebhooksGroup.BasePath}/subscriptions/{delivery.SubscriptionId}/deliveries", DeliveryView.From(delivery));
}
