using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using PlanetTechCare.Content.Data;
using PlanetTechCare.Content.Domain;
using PlanetTechCare.Content.Services;
using PlanetTechCare.Contracts;
using PlanetTechCare.Messaging.Outbox;
using PlanetTechCare.ServiceDefaults.Apis;

namespace PlanetTechCare.Content.Apis;

/// <summary>
/// The workflow steps, each under the item's row lock and written with its event in one
/// transaction: submit for review, publish, archive, and publish one translation. A step already
/// taken answers 200 unchanged; one the status does not allow gets 409 and changes nothing. The
/// body (<see cref="StaffActionRequest"/>) is optional.
/// </summary>
public static class ItemTransitions
{
    public static void Map(RouteGroupBuilder staff)
    {
        staff.MapPost("/{id:guid}/submit", (Guid id, StaffActionRequest? body, ClaimsPrincipal user, ContentDbContext db, TimeProvider clock, CancellationToken ct) =>
                StepAsync(id, StaffContentApi.ActorOf(user, body?.By), db, clock, (item, by, now) => item.SubmitForReview(by, now), _ => null, ct))
            .WithName("SubmitItemForReview")
            .WithSummary("Draft → in review (body: optional {\"by\": \"…\"}).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPost("/{id:guid}/publish", (Guid id, StaffActionRequest? body, ClaimsPrincipal user, ContentDbContext db, TimeProvider clock, CancellationToken ct) =>
                StepAsync(id, StaffContentApi.ActorOf(user, body?.By), db, clock, (item, by, now) => item.Publish(by, now), ContentEvents.Published, ct))
            .WithName("PublishItem")
            .WithSummary("In review → published, with the versions in review (ContentPublished).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPost("/{id:guid}/archive", ArchiveAsync)
            .WithName("ArchiveItem")
            .WithSummary("Takes an item out of the library (ContentArchived).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPost("/{id:guid}/versions/{lang}/publish", PublishTranslationAsync)
            .WithName("PublishTranslation")
            .WithSummary("Publishes one language version of a published item (TranslationPublished).")
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static Task<Results<Ok<StaffItemView>, NotFound, ValidationProblem>> ArchiveAsync(
        Guid id, StaffActionRequest? body, ClaimsPrincipal user, ContentDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var wasPublished = false;
        return StepAsync(id, StaffContentApi.ActorOf(user, body?.By), db, clock,
            (item, by, now) =>
            {
                wasPublished = item.IsPublished;
                return item.Archive(by, now);
            },
            item => ContentEvents.Archived(item, wasPublished), cancellationToken);
    }

    public static async Task<Results<Ok<StaffItemView>, NotFound, ValidationProblem>> PublishTranslationAsync(
        Guid id, string lang, StaffActionRequest? body, ClaimsPrincipal user, ContentDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!ServedLanguages.IsKnown(lang))
        {
            return LanguageChoice.UnknownLanguage();
        }

        return await StepAsync(id, StaffContentApi.ActorOf(user, body?.By), db, clock, (item, by, now) => item.PublishTranslation(lang, by, now),
            item => ContentEvents.TranslationPublished(item, item.Version(lang)!), cancellationToken);
    }

    private static async Task<Results<Ok<StaffItemView>, NotFound, ValidationProblem>> StepAsync(
        Guid id, string by, ContentDbContext db, TimeProvider clock,
        Func<ContentItem, string, DateTimeOffset, bool> step, Func<ContentItem, IntegrationEvent?> integrationEvent,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var item = await db.LockAsync(id, cancellationToken);
        if (item is null)
        {
            return TypedResults.NotFound();
        }

        if (step(item, by, clock.GetUtcNow()))
        {
            if (integrationEvent(item) is { } raised)
            {
                db.AddIntegrationEvent(raised);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return TypedResults.Ok(StaffItemView.From(item));
    }
}
