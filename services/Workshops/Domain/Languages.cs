namespace PlanetTechCare.Workshops.Domain;

/// <summary>The two languages workshops are described in; French first (the programme's language).</summary>
public static class Languages
{
    public const string French = "fr";
    public const string English = "en";

    public static readonly IReadOnlyList<string> All = [French, English];

    public static bool IsKnown(string? language) => language is French or English;

    /// <summary>The text in <paramref name="language"/>, else in the other one, with the language it is actually in.</summary>
    public static (string? Text, string Language) Pick(string? french, string? english, string language) =>
        language == English
            ? english is not null ? (english, English) : (french, French)
            : french is not null ? (french, French) : (english, english is null ? French : English);
}
