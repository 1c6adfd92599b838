namespace PlanetTechCare.Content.Domain;

/// <summary>The kinds of library item.</summary>
public static class ItemTypes
{
    public const string Replay = "replay";
    public const string Guide = "guide";
    public const string Article = "article";
    public const string Report = "report";
    public const string Talk = "talk";
    public const string Tool = "tool";

    public static readonly IReadOnlyList<string> All = [Replay, Guide, Article, Report, Talk, Tool];
}
