namespace PlanetTechCare.Content.Domain;

/// <summary>The kinds of library item, with their French and English names.</summary>
public static class ItemTypes
{
    public const string Replay = "replay";
    public const string Guide = "guide";
    public const string Article = "article";
    public const string Report = "report";
    public const string Talk = "talk";
    public const string Tool = "tool";

    public static readonly IReadOnlyList<string> All = [Replay, Guide, Article, Report, Talk, Tool];

    public static readonly IReadOnlyDictionary<string, (string Fr, string En)> Labels = new Dictionary<string, (string Fr, string En)>
    {
        [Replay] = ("Replay", "Replay"),
        [Guide] = ("Guide", "Guide"),
        [Article] = ("Article", "Article"),
        [Report] = ("Rapport", "Report"),
        [Talk] = ("Intervention", "Talk"),
        [Tool] = ("Outil", "Tool"),
    };
}
