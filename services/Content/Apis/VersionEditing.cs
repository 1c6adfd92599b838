using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PlanetTechCare.Content.Data;
using PlanetTechCare.Content.Domain;
using PlanetTechCare.Content.Services;
using PlanetTechCare.Messaging.Outbox;
using PlanetTechCare.ServiceDefaults.Apis;

namespace PlanetTechCare.Content.Apis;

/// <summary>
/// <c>PUT /staff/items/{id}/versions/{lang}</c>: adds a version (as a draft) or replaces one's text.
/// Editing a public version of a public item raises <c>ContentUpdated</c>. Archived items are read-only.
/// </summary>
public static class VersionEditing
{
    private const string UniqueViolation = "23505";

    public static async Task<Results<Ok<StaffItemView>, NotFound, ProblemHttpResult, ValidationProblem>> WriteVersionAsync(
        Guid id, string lang, VersionRequest body, ClaimsPrincipal user, ContentDbContext db, VersionWriter writer, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!ServedLanguages.IsKnown(lang))
        {
            return LanguageChoice.UnknownLanguage();
        }

        var (title, summary, markdown, slug) = body.ToText();
        var by = StaffContentApi.ActorOf(user, body.By);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var item = await db.LockAsync(id, cancellationToken);
        if (item is null)
        {
            return TypedResults.NotFound();
        }

        var (text, conflict) = await writer.PrepareAsync(item, lang, title, summary, markdown, slug, cancellationToken);
        if (text is null)
        {
            return StaffContentApi.Taken(conflict!);
        }

        var now = clock.GetUtcNow();
        var version = item.WriteVersion(lang, text, by, now);
        if (item.IsPublished && version.IsPublished)
        {
            db.AddIntegrationEvent(ContentEvents.Updated(item, lang, by, now));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: UniqueViolation })
        {
            return StaffContentApi.ChangedMeanwhile("Another item took the same slug at the same time; retry.");
        }

        return TypedResults.Ok(StaffItemView.From(item));
    }
}
