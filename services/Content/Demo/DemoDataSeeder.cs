using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Content.Data;
using PlanetTechCare.Content.Domain;
using PlanetTechCare.Content.Rendering;

namespace PlanetTechCare.Content.Demo;

/// <summary>
/// Development demo data (on with <c>DemoData:Enabled=true</c>): a few published items. Idempotent
/// (each item has a seed key; what exists is skipped) and safe with several replicas (an advisory
/// lock serialises them). Writes no events.
/// </summary>
public sealed partial class DemoDataSeeder(IServiceScopeFactory scopes, MarkdownRenderer renderer, TimeProvider clock, ILogger<DemoDataSeeder> logger) : IHostedService
{
    private const long AdvisoryLockKey = 5_2026_11_23;
    private const string By = "demo";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", cancellationToken);
        var now = clock.GetUtcNow();
        var keys = DemoItems.All.Select(d => d.Key).ToList();
        var existing = await db.Items.Where(i => i.CreationKey != null && keys.Contains(i.CreationKey)).Select(i => i.CreationKey).ToListAsync(cancellationToken);

        var added = 0;
        foreach (var demo in DemoItems.All.Where(d => !existing.Contains(d.Key)))
        {
            var item = new ContentItem(Guid.CreateVersion7(), new ItemDetails(demo.Type, demo.Themes, demo.Tags, null, null, null, [], []), By, now, demo.Key);
            Write(item, Languages.French, demo.Fr, now);
            if (demo.En is { } english)
            {
                Write(item, Languages.English, english, now);
            }

            item.PublishDirectly(By, now);
            db.Items.Add(item);
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogSeeded(logger, added);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Write(ContentItem item, string language, (string Title, string Summary, string Body) text, DateTimeOffset now) =>
        item.WriteVersion(language, new VersionText(text.Title, text.Summary, text.Body, renderer.ToSafeHtml(text.Body), Slugs.FromTitle(text.Title)), By, now);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: {Added} library items added")]
    private static partial void LogSeeded(ILogger logger, int added);
}
