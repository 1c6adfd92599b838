using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PlanetTechCare.Content.Data;
using PlanetTechCare.Content.Domain;
using PlanetTechCare.Content.Services;
using PlanetTechCare.Contracts;
using PlanetTechCare.Messaging.Inbox;
using PlanetTechCare.Messaging.Outbox;
using PlanetTechCare.ServiceDefaults.Apis;

namespace PlanetTechCare.Content.Consumers;

/// <summary>
/// A workshop's replay becomes a replay item, in draft for staff (or published directly when so
/// configured), with the workshop's titles, summary, themes, partners, speakers and replay link.
/// One item per workshop: the inbox ignores a redelivery, and an item already there for the
/// workshop (a re-sent event with a new id) is left as it is, backed by a unique index.
/// </summary>
public sealed class ReplayPublishedConsumer(ContentDbContext db, TimeProvider clock, VersionWriter writer, IOptions<ReplayOptions> options)
    : IdempotentConsumer<ReplayPublished, ContentDbContext>(db, clock)
{
    public const string By = "workshops";

    protected override async Task HandleAsync(ReplayPublished integrationEvent, CancellationToken cancellationToken)
    {
        if (await Db.Items.AnyAsync(i => i.Type == ItemTypes.Replay && i.WorkshopId == integrationEvent.WorkshopId, cancellationToken))
        {
            return;
        }

        var now = Clock.GetUtcNow();
        var details = new ItemDetails(
            ItemTypes.Replay,
            [.. integrationEvent.Themes.Where(t => t.Length <= Limits.Theme && Slugs.IsValid(t)).Take(Limits.MaxThemes)],
            [],
            integrationEvent.WorkshopId,
            integrationEvent.Partners.FirstOrDefault()?.PartnerId,
            integrationEvent.ReplayUrl.ToString(),
            [.. integrationEvent.Partners.Select(p => new PartnerCredit(p.PartnerId, p.Name))],
            [.. integrationEvent.Speakers.Select(s => new SpeakerCredit(s.Name, s.Organisation, s.Role))]);
        var item = new ContentItem(Guid.CreateVersion7(), details, By, now);

        foreach (var (language, title, summary) in new[]
        {
            (ServedLanguages.French, integrationEvent.Title.Fr, integrationEvent.Summary?.Fr),
            (ServedLanguages.English, integrationEvent.Title.En, integrationEvent.Summary?.En),
        })
        {
            if (string.IsNullOrWhiteSpace(title))
            {
                continue;
            }

            var plainTitle = Clip(title, Limits.Title);
            var (text, _) = await writer.PrepareAsync(item, language, plainTitle, Clip(summary ?? string.Empty, Limits.Summary),
                Body(integrationEvent, language), null, cancellationToken);
            item.WriteVersion(language, text!, By, now);
        }

        if (item.Versions.Count == 0)
        {
            return;
        }

        Db.Items.Add(item);
        if (options.Value.PublishReplaysDirectly)
        {
            item.PublishDirectly(By, now);
            Db.AddIntegrationEvent(ContentEvents.Published(item));
        }
    }

    private static string Body(ReplayPublished replay, string language)
    {
        var english = language == ServedLanguages.English;
        var body = new StringBuilder();
        body.Append(english ? "Watch the replay: " : "Voir le replay : ").Append('<').Append(replay.ReplayUrl).Append(">\n\n");
        if (replay.Speakers.Count > 0)
        {
            body.Append(english ? "Speakers:\n\n" : "Intervenants :\n\n");
            foreach (var speaker in replay.Speakers)
            {
                body.Append("- ").Append(Escape(speaker.Name));
                var role = string.Join(", ", new[] { speaker.Role, speaker.Organisation }.Where(s => !string.IsNullOrWhiteSpace(s)));
                body.Append(role.Length > 0 ? $" ({Escape(role)})" : string.Empty).Append('\n');
            }

            body.Append('\n');
        }

        if (replay.Partners.Count > 0)
        {
            body.Append(english ? "Hosted by " : "Organisé par ").Append(Escape(string.Join(", ", replay.Partners.Select(p => p.Name)))).Append(".\n");
        }

        return body.ToString();
    }

    private static string Escape(string text) => text.Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static string Clip(string text, int length)
    {
        var plain = new string([.. text.Trim().Where(c => !char.IsControl(c) || c == '\n')]);
        return plain.Length <= length ? plain : plain[..length];
    }
}
