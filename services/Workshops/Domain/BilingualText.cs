using PlanetTechCare.ServiceDefaults.Apis;

namespace PlanetTechCare.Workshops.Domain;

/// <summary>Picks one of a workshop's French and English texts.</summary>
public static class BilingualText
{
    /// <summary>The text in <paramref name="language"/>, else in the other one, with the language it is actually in.</summary>
    public static (string? Text, string Language) Pick(string? french, string? english, string language) =>
        language == ServedLanguages.English
            ? english is not null ? (english, ServedLanguages.English) : (french, ServedLanguages.French)
            : french is not null ? (french, ServedLanguages.French) : (english, english is null ? ServedLanguages.French : ServedLanguages.English);
}
