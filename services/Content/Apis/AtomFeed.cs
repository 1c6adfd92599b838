using System.Globalization;
using System.Xml.Linq;
using PlanetTechCare.Content.Domain;
using PlanetTechCare.ServiceDefaults.Apis;

namespace PlanetTechCare.Content.Apis;

/// <summary>
/// An Atom (RFC 4287) feed of newly published items in one language, each entry in that language
/// or its fallback (its <c>xml:lang</c> says which), with the sanitised HTML body as content.
/// </summary>
public static class AtomFeed
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static XDocument Build(IReadOnlyList<ContentItem> items, string language, string baseUrl, DateTimeOffset now)
    {
        var updated = items.Select(i => i.UpdatedAt).DefaultIfEmpty(now).Max();
        var feed = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", language),
            new XElement(Atom + "id", $"{baseUrl}/api/v1/content/feed.atom?lang={language}"),
            new XElement(Atom + "title", language == ServedLanguages.English ? "Planet Tech'Care library" : "Bibliothèque Planet Tech'Care"),
            new XElement(Atom + "updated", Time(updated)),
            new XElement(Atom + "author", new XElement(Atom + "name", "Planet Tech'Care")),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("type", "application/atom+xml"),
                new XAttribute("href", $"{baseUrl}/api/v1/content/feed.atom?lang={language}")));

        foreach (var item in items)
        {
            if (LocalizedView.Choose(item, language) is not { } version)
            {
                continue;
            }

            feed.Add(new XElement(Atom + "entry",
                new XAttribute(XNamespace.Xml + "lang", version.Language),
                new XElement(Atom + "id", $"urn:uuid:{item.Id}"),
                new XElement(Atom + "title", new XAttribute("type", "text"), version.Title),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "application/json"),
                    new XAttribute("href", $"{baseUrl}/api/v1/content/items/by-slug/{version.Language}/{version.Slug}")),
                new XElement(Atom + "published", Time(item.PublishedAt ?? item.UpdatedAt)),
                new XElement(Atom + "updated", Time(item.UpdatedAt)),
                new XElement(Atom + "summary", new XAttribute("type", "text"), version.Summary),
                new XElement(Atom + "content", new XAttribute("type", "html"), version.BodyHtml),
                item.Themes.Select(theme => new XElement(Atom + "category", new XAttribute("term", theme))),
                new XElement(Atom + "category", new XAttribute("term", item.Type), new XAttribute("scheme", $"{baseUrl}{ContentApi.BasePath}{ContentApi.TypesPath}"))));
        }

        return new XDocument(new XDeclaration("1.0", "utf-8", null), feed);
    }

    private static string Time(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
