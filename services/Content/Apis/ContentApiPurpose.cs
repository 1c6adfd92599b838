namespace PlanetTechCare.Content.Apis;

/// <summary>What the content API is for: the first paragraph of its OpenAPI document's introduction.</summary>
public static class ContentApiPurpose
{
    public const string Purpose =
        "The bilingual (French and English) library: replays of past workshops, guides, articles, reports, talks and tools, searched in full text with language fallback, an Atom feed and figures; staff write, review and publish the items and their translations.";
}
