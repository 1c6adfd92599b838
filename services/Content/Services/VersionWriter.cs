using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Content.Data;
using PlanetTechCare.Content.Domain;

namespace PlanetTechCare.Content.Services;

/// <summary>
/// Prepares the text of a language version: renders and sanitises the Markdown, and settles the
/// slug (the one asked for if free in that language; else the version's current one; else one
/// made from the title, numbered if taken).
/// </summary>
public sealed class VersionWriter(ContentDbContext db, MarkdownRenderer renderer)
{
    /// <summary>The text, or null with the reason when the slug asked for is another item's.</summary>
    public async Task<(VersionText? Text, string? SlugConflict)> PrepareAsync(
        ContentItem item, string language, string title, string summary, string body, string? slug, CancellationToken cancellationToken)
    {
        if (slug is not null)
        {
            var taken = await db.Versions.AnyAsync(v => v.Language == language && v.Slug == slug && v.ItemId != item.Id, cancellationToken);
            if (taken)
            {
                return (null, $"The slug '{slug}' is already used by another item in '{language}'.");
            }
        }

        slug ??= item.Version(language)?.Slug ?? await FreeSlugAsync(item.Id, language, Slugs.FromTitle(title), cancellationToken);
        return (new VersionText(title, summary, body, renderer.ToSafeHtml(body), slug), null);
    }

    private async Task<string> FreeSlugAsync(Guid itemId, string language, string wanted, CancellationToken cancellationToken)
    {
        var prefix = wanted + "-";
        var taken = (await db.Versions.AsNoTracking()
            .Where(v => v.Language == language && v.ItemId != itemId && (v.Slug == wanted || v.Slug.StartsWith(prefix)))
            .Select(v => v.Slug).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        taken.UnionWith(db.ChangeTracker.Entries<ContentVersion>()
            .Where(e => e.Entity.Language == language && e.Entity.ItemId != itemId).Select(e => e.Entity.Slug));
        return Enumerable.Range(1, int.MaxValue).Select(n => Slugs.Numbered(wanted, n)).First(s => !taken.Contains(s));
    }
}
