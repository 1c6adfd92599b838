using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.Workshops.Data;
using PlanetTechCare.Workshops.Domain;

namespace PlanetTechCare.Workshops.Apis;

/// <summary>
/// A public workshop as a web page a person can open (the calendar feeds link here): title, date in
/// Paris time, summary, speakers, partners, seats left or why it was cancelled, the replay once
/// there is one. French or English (<see cref="LanguageChoice"/>), each text marked with the
/// language it is actually in. No script and no style, so it passes the gateway's "nothing runs" policy.
/// </summary>
public static class WorkshopPage
{
    public const string HtmlContentType = "text/html; charset=utf-8";

    public static RouteGroupBuilder MapWorkshopPage(this RouteGroupBuilder api)
    {
        api.MapGet("/{id:guid}/page", GetAsync)
            .WithName("WorkshopPage")
            .WithSummary("One public workshop as an HTML page, in French or English (?lang= or Accept-Language).");
        return api;
    }

    /// <summary>The page's address, in the language of the feed that links to it.</summary>
    public static Uri Address(string origin, Guid id, string language) => new($"{origin}{WorkshopsApi.BasePath}/{id}/page?lang={language}");

    public static async Task<Results<ContentHttpResult, NotFound>> GetAsync(
        Guid id, [AsParameters] LanguageChoice choice, HttpResponse response, WorkshopsDbContext db, CancellationToken cancellationToken)
    {
        var workshop = await db.Workshops.AsNoTracking()
            .SingleOrDefaultAsync(w => w.Id == id && w.Status != WorkshopStatus.Draft, cancellationToken);
        if (workshop is null)
        {
            return TypedResults.NotFound();
        }

        var names = await db.PartnerNamesAsync([workshop], cancellationToken);
        LanguageChoice.SetContentLanguage(response, choice.Language);
        return TypedResults.Text(Render(workshop, names, choice.Language), HtmlContentType);
    }

    private static string Render(Workshop w, IReadOnlyDictionary<Guid, string> partnerNames, string language)
    {
        var english = language == ServedLanguages.English;
        string T(string fr, string en) => english ? en : fr;
        var colon = T(" : ", ": ");
        var culture = CultureInfo.GetCultureInfo(english ? "en-GB" : "fr-FR");
        var title = BilingualText.Pick(w.TitleFr, w.TitleEn, language);
        var summary = BilingualText.Pick(w.SummaryFr, w.SummaryEn, language);
        var (start, end) = (ParisTime.From(w.StartsAt), ParisTime.From(w.EndsAt));

        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="{language}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{E(title.Text)} – Planet Tech'Care</title></head>
            <body>
            <main>
            <p>Planet Tech'Care – {T("atelier", "workshop")} · <a href="?lang={(english ? "fr" : "en")}" hreflang="{(english ? "fr" : "en")}">{(english ? "Français" : "English")}</a></p>
            <h1 lang="{title.Language}">{E(title.Text)}</h1>

            """);
        if (w.Status == WorkshopStatus.Cancelled)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p><strong>{T("Atelier annulé", "Workshop cancelled")}</strong>{colon}{E(w.CancellationReason)}</p>\n");
        }

        html.Append(CultureInfo.InvariantCulture,
            $"<p>{E(start.ToString("dddd d MMMM yyyy", culture))}, {start:HH:mm}–{end:HH:mm} ({T("heure de Paris", "Paris time")}), {T("en ligne", "online")}</p>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p>Format{colon}{E(w.Format)}{(w.Themes.Count == 0 ? "" : $" · {T("Thèmes", "Themes")}{colon}{E(string.Join(", ", w.Themes))}")}</p>\n");
        if (summary.Text is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p lang=\"{summary.Language}\">{E(summary.Text)}</p>\n");
        }

        List(html, T("Intervenants", "Speakers"), w.Speakers.Select(s => string.Join(", ", new[] { s.Name, s.Role, s.Organisation }.Where(p => p is not null))));
        List(html, T("Partenaires", "Partners"), w.Partners(partnerNames).Select(p => p.Name));
        if (w.Status == WorkshopStatus.Scheduled)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<p>{T("Places restantes", "Seats left")}{colon}{w.FreeSeats} / {w.Capacity}. {T("Inscription (nom, e-mail, organisation, consentement)", "Registration (name, e-mail, organisation, consent)")}{colon}<code>POST {WorkshopsApi.BasePath}/{w.Id}/registrations</code></p>\n");
        }

        if (w.ReplayUrl is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{E(w.ReplayUrl)}\">{T("Voir le replay", "Watch the replay")}</a></p>\n");
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void List(StringBuilder html, string heading, IEnumerable<string> items)
    {
        var entries = items.ToList();
        if (entries.Count == 0)
        {
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<h2>{heading}</h2>\n<ul>\n");
        entries.ForEach(entry => html.Append(CultureInfo.InvariantCulture, $"<li>{E(entry)}</li>\n"));
        html.Append("</ul>\n");
    }

    private static string E(string? text) => HtmlEncoder.Default.Encode(text ?? string.Empty);
}
