using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PlanetTechCare.Content.Data;
using PlanetTechCare.Content.Domain;
using PlanetTechCare.Content.Services;
using PlanetTechCare.ServiceDefaults.Apis;

namespace PlanetTechCare.Content.Apis;

/// <summary>
/// Creates a draft item with its first version(s). Retrying with the same <c>Idempotency-Key</c>
/// answers the item already created; a replay of a workshop that already has one, or a slug
/// another item uses, is a 409.
/// </summary>
public static class ItemCreation
{
    private const string UniqueViolation = "23505";

    public static async Task<Results<Created<StaffItemView>, Ok<StaffItemView>, ProblemHttpResult, ValidationProblem>> CreateAsync(
        CreateItemRequest body, [AsParameters] IdempotencyKeyHeader idempotencyKey, ClaimsPrincipal user,
        HttpRequest http, ContentDbContext db, VersionWriter writer, TimeProvider clock, CancellationToken cancellationToken)
    {
        var details = body.ToDetails();
        var by = StaffContentApi.ActorOf(user, body.By);
        var creationKey = idempotencyKey.Value;
        if (creationKey is not null && await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.CreationKey == creationKey, cancellationToken) is { } existing)
        {
            return TypedResults.Ok(StaffItemView.From(existing));
        }

        if (details.Type == ItemTypes.Replay && details.WorkshopId is { } workshopId
            && await db.Items.AnyAsync(i => i.Type == ItemTypes.Replay && i.WorkshopId == workshopId, cancellationToken))
        {
            return StaffContentApi.Taken($"The workshop {workshopId} already has a replay item.");
        }

        var now = clock.GetUtcNow();
        var item = new ContentItem(Guid.CreateVersion7(), details, by, now, creationKey);
        foreach (var (language, version) in body.Versions())
        {
            var (title, summary, markdown, slug) = version.ToText();
            var (text, conflict) = await writer.PrepareAsync(item, language, title, summary, markdown, slug, cancellationToken);
            if (text is null)
            {
                return StaffContentApi.Taken(conflict!);
            }

            item.WriteVersion(language, text, by, now);
        }

        db.Items.Add(item);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: UniqueViolation })
        {
            // A concurrent request took the key, the slug or the workshop's replay first.
            db.ChangeTracker.Clear();
            if (creationKey is not null && await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.CreationKey == creationKey, cancellationToken) is { } first)
            {
                return TypedResults.Ok(StaffItemView.From(first));
            }

            return StaffContentApi.ChangedMeanwhile("Another item took the same slug or workshop at the same time; retry.");
        }

        return TypedResults.Created($"{http.PathBase}{ContentApi.BasePath}/staff/items/{item.Id}", StaffItemView.From(item));
    }
}
