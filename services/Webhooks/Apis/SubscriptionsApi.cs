using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PlanetTechCare.ServiceData;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.Webhooks.Data;
using PlanetTechCare.Webhooks.Domain;
using PlanetTechCare.Webhooks.Services;

namespace PlanetTechCare.Webhooks.Apis;

/// <summary>
/// An app's webhook subscriptions: create (verified at once by a signed challenge), list, read,
/// delete, pause, resume, verify again. A subscription is visible only to the client that made it,
/// and to staff (the <c>admin</c> scope), who see every app's and can filter by status or owner.
/// </summary>
public static class SubscriptionsApi
{
    /// <summary>The header is checked as a text field is, and named as it is written (not as the handler's parameter).</summary>

    public static RouteGroupBuilder MapSubscriptionsApi(this IEndpointRouteBuilder app)
    {
        var group = WebhooksGroup.Map(app, "Webhook subscriptions");
        group.MapPost("/subscriptions", CreateAsync).WithName("CreateWebhookSubscription")
            .WithSummary("Subscribes a target URL to event types; the secret is returned once (and to a retry with the same Idempotency-Key). The target is sent a verification challenge.");
        group.MapGet("/subscriptions", ListAsync).WithName("ListWebhookSubscriptions")
            .WithSummary("The caller's subscriptions (staff: every app's), newest first; ?status=active|paused|disabled|pending-verification, ?owner= (a client id).");
        group.MapGet("/subscriptions/{id:guid}", GetAsync).WithName("GetWebhookSubscription").WithSummary("One of the caller's subscriptions.");
        group.MapDelete("/subscriptions/{id:guid}", DeleteAsync).WithName("DeleteWebhookSubscription")
            .WithSummary("Deletes a subscription and its delivery log; deleting it again answers 204 too.");
        group.MapPost("/subscriptions/{id:guid}/pause", PauseAsync).WithName("PauseWebhookSubscription")
            .WithSummary("Stops sending; events are still recorded and sent on resume.");
        group.MapPost("/subscriptions/{id:guid}/resume", ResumeAsync).WithName("ResumeWebhookSubscription")
            .WithSummary("Sends again to a paused or disabled subscription.");
        group.MapPost("/subscriptions/{id:guid}/verify", VerifyAsync).WithName("VerifyWebhookSubscription")
            .WithSummary("Sends the verification challenge again; 422 when the target does not answer it.");
        return group;
    }

    public static async Task<Results<Created<SubscriptionView>, ValidationProblem, ForbidHttpResult>> CreateAsync(
        SubscriptionRequest body, [AsParameters] IdempotencyKeyHeader idempotency,
        ClaimsPrincipal user, WebhooksDbContext db, TargetGuard guard, SubscriptionVerifier verifier, TimeProvider clock, CancellationToken cancellationToken)
    {
        var caller = Caller.Of(user);
        if (caller.Owner.Length == 0)
        {
            return TypedResults.Forbid();
        }

        var owner = caller.Owner;
        var idempotencyKey = idempotency.Value;
        if (idempotencyKey is not null && await FindByKeyAsync(db, owner, idempotencyKey, cancellationToken) is { } earlier)
        {
            return CreatedResult(earlier);
        }

        if (!caller.MayReceivePartnerEvents && body.WantedTypes().Any(EventTypes.IsAboutPartnerWorkshops))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["eventTypes"] = ["Registration events are sent for a partner's own workshops only, and this client is not linked to a workshops partner: ask Planet Tech'Care staff to link it."],
            });
        }

        if (await guard.RefusalAsync(new Uri(body.Url!), cancellationToken) is { } refusal)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["url"] = [refusal] });
        }

        var subscription = new Subscription(
            Guid.CreateVersion7(), owner, body.Url!, body.WantedTypes(), WebhookSignature.NewSecret(), clock.GetUtcNow(), idempotencyKey,
            caller.PartnerId, caller.IsStaff);
        db.Subscriptions.Add(subscription);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (idempotencyKey is not null
            && exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The same creation, retried concurrently, committed first: answer as it did.
            db.ChangeTracker.Clear();
            return CreatedResult((await FindByKeyAsync(db, owner, idempotencyKey, cancellationToken))!);
        }

        await verifier.VerifyAsync(subscription, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return CreatedResult(subscription);
    }

    private static Created<SubscriptionView> CreatedResult(Subscription subscription) =>
        TypedResults.Created($"{WebhooksGroup.BasePath}/subscriptions/{subscription.Id}", SubscriptionView.From(subscription, withSecret: true));

    private static Task<Subscription?> FindByKeyAsync(WebhooksDbContext db, string owner, string key, CancellationToken cancellationToken) =>
        db.Subscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.Owner == owner && s.IdempotencyKey == key, cancellationToken);

    public static async Task<Ok<PagedList<SubscriptionView>>> ListAsync(
        [AsParameters] SubscriptionFilter filter, [AsParameters] PageRequest page, ClaimsPrincipal user, WebhooksDbContext db, CancellationToken cancellationToken)
    {
        var list = await filter.Apply(Caller.Of(user).Visible(db.Subscriptions.AsNoTracking()))
            .OrderByDescending(s => s.CreatedAt).ThenBy(s => s.Id).ToPagedListAsync(page, cancellationToken);
        return TypedResults.Ok(new PagedList<SubscriptionView>([.. list.Items.Select(s => SubscriptionView.From(s))], list.Page, list.PageSize, list.Total));
    }

    public static async Task<Results<Ok<SubscriptionView>, NotFound>> GetAsync(
        Guid id, ClaimsPrincipal user, WebhooksDbContext db, CancellationToken cancellationToken) =>
        await FindAsync(db, id, user, cancellationToken) is { } subscription ? TypedResults.Ok(SubscriptionView.From(subscription)) : TypedResults.NotFound();

    public static async Task<NoContent> DeleteAsync(Guid id, ClaimsPrincipal user, WebhooksDbContext db, CancellationToken cancellationToken)
    {
        await Caller.Of(user).Visible(db.Subscriptions).Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    public static Task<Results<Ok<SubscriptionView>, NotFound, ProblemHttpResult>> PauseAsync(
        Guid id, ClaimsPrincipal user, WebhooksDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        MoveAsync(id, user, db, cancellationToken, subscription => subscription.Pause(clock.GetUtcNow()));

    public static Task<Results<Ok<SubscriptionView>, NotFound, ProblemHttpResult>> ResumeAsync(
        Guid id, ClaimsPrincipal user, WebhooksDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        MoveAsync(id, user, db, cancellationToken, subscription => subscription.Resume(clock.GetUtcNow()));

    public static async Task<Results<Ok<SubscriptionView>, NotFound, ProblemHttpResult>> VerifyAsync(
        Guid id, ClaimsPrincipal user, WebhooksDbContext db, SubscriptionVerifier verifier, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, id, user, cancellationToken, tracked: true) is not { } subscription)
        {
            return TypedResults.NotFound();
        }

        var verified = await verifier.VerifyAsync(subscription, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return verified
            ? TypedResults.Ok(SubscriptionView.From(subscription))
            : TypedResults.Problem(subscription.StatusReason, statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "The target did not answer the verification challenge.");
    }

    internal static async Task<Subscription?> FindAsync(
        WebhooksDbContext db, Guid id, ClaimsPrincipal user, CancellationToken cancellationToken, bool tracked = false)
    {
        var query = tracked ? db.Subscriptions : db.Subscriptions.AsNoTracking();
        return await Caller.Of(user).Visible(query).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
    }

    private static async Task<Results<Ok<SubscriptionView>, NotFound, ProblemHttpResult>> MoveAsync(
        Guid id, ClaimsPrincipal user, WebhooksDbContext db, CancellationToken cancellationToken, Func<Subscription, bool> move)
    {
        if (await FindAsync(db, id, user, cancellationToken, tracked: true) is not { } subscription)
        {
            return TypedResults.NotFound();
        }

        if (!move(subscription))
        {
            return TypedResults.Problem("The subscription is not verified yet: verify it first.", statusCode: StatusCodes.Status409Conflict,
                title: "The subscription is pending verification.");
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(SubscriptionView.From(subscription));
    }
}
