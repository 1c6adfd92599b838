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
        HttpRequest http, ContentDbContext db, VersionWriter writer, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (request, errors) = await JsonBody.ReadAsync<CreateItemRequest>(http);
        var key = http.Headers["Idempotency-Key"].ToString();
        if (key.Length > Limits.CreationKey || key.Any(char.IsControl))
        {
            errors["Idempotency-Key"] = [$"At most {Limits.CreationKey} characters, without control characters."];
        }

        if (request is null || errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var details = Validate(errors, request, out var versions);
        var by = ItemValidation.By(errors, request.By, http);
        if (errors.Count > 0 || details is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var creationKey = key.Length > 0 ? key : null;
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
        foreach (var (language, (title, summary, body, slug)) in versions)
        {
            var (text, conflict) = await writer.PrepareAsync(item, language, title, summary, body, slug, cancellationToken);
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

    private static ItemDetails? Validate(
        Dictionary<string, string[]> errors, CreateItemRequest request,
        out List<(string Language, (string Title, string Summary, string Body, string? Slug) Text)> versions)
    {
        versions = [];
        if (string.IsNullOrWhiteSpace(request.Type))
        {
            errors["type"] = ["This field is required."];
        }
        else if (!ItemTypes.All.Contains(request.Type))
        {
            errors["type"] = [$"Unknown type '{request.Type}'; known: {string.Join(", ", ItemTypes.All)}."];
        }

        var themes = ItemValidation.Keywords(errors, "themes", request.Themes, Limits.MaxThemes, Limits.Theme);
        var tags = ItemValidation.Keywords(errors, "tags", request.Tags, Limits.MaxTags, Limits.Tag);
        var url = ItemValidation.Url(errors, "externalUrl", request.ExternalUrl);
        if (request.Fr is null && request.En is null)
        {
            errors["fr"] = ["At least one version, French (fr) or English (en), is required."];
        }

        foreach (var (language, version) in new[] { (Languages.French, request.Fr), (Languages.English, request.En) })
        {
            if (version is not null && ItemValidation.Version(errors, language + ".", version) is { } text)
            {
                versions.Add((language, text));
            }
        }

        return errors.Count > 0
            ? null
            : new ItemDetails(request.Type!, themes, tags, request.WorkshopId, request.PartnerId, url, [], []);
    }
}
