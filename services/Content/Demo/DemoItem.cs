namespace PlanetTechCare.Content.Demo;

/// <summary>A demo library item: its seed key, type, themes, tags, and French and English text (English may be absent).</summary>
public sealed record DemoItem(
    string Key,
    string Type,
    string[] Themes,
    string[] Tags,
    (string Title, string Summary, string Body) Fr,
    (string Title, string Summary, string Body)? En);
