using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Content.Data;
using PlanetTechCare.Content.Domain;
using PlanetTechCare.Content.Services;
using PlanetTechCare.Messaging.Outbox;
using PlanetTechCare.ServiceData.Demo;
using PlanetTechCare.ServiceDefaults.Apis;

namespace PlanetTechCare.Content.Demo;

/// <summary>
/// A few published library items, each with a creation key (what exists is skipped), published with
/// the <c>ContentPublished</c> event a staff publication gives. The replay items come the real way,
/// from the demo workshops' <c>ReplayPublished</c> events.
/// </summary>
public sealed partial class ContentDemoSeeder(ContentDbContext db, MarkdownRenderer renderer, TimeProvider clock, ILogger<ContentDemoSeeder> logger) : IDemoSeeder
{
    private const string By = "demo";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var keys = DemoItems.All.Select(d => d.Key).ToList();
        var existing = await db.Items.Where(i => i.CreationKey != null && keys.Contains(i.CreationKey)).Select(i => i.CreationKey).ToListAsync(cancellationToken);

        var added = 0;
        foreach (var demo in DemoItems.All.Where(d => !existing.Contains(d.Key)))
        {
            var item = new ContentItem(Guid.CreateVersion7(), new ItemDetails(demo.Type, demo.Themes, demo.Tags, null, null, null, [], []), By, now, demo.Key);
            Write(item, ServedLanguages.French, demo.Fr, now);
            if (demo.En is { } english)
            {
                Write(item, ServedLanguages.English, english, now);
            }

            item.PublishDirectly(By, now);
            db.Items.Add(item);
            db.AddIntegrationEvent(ContentEvents.Published(item));
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        LogSeeded(logger, added);
    }

    private void Write(ContentItem item, string language, (string Title, string Summary, string Body) text, DateTimeOffset now) =>
        item.WriteVersion(language, new VersionText(text.Title, text.Summary, text.Body, renderer.ToSafeHtml(text.Body), Slugs.FromTitle(text.Title)), By, now);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: {Added} library items added")]
    private static partial void LogSeeded(ILogger logger, int added);
}
