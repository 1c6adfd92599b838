using System.Globalization;

namespace PlanetTechCare.Dashboard.Localization;

/// <summary>The interface speaks French, or English when the staff member chose it.</summary>
public static class Ui
{
    public const string French = "fr";
    public const string English = "en";

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == English;

    public static string T(string french, string english) => IsEnglish ? english : french;

    public static CultureInfo Culture => CultureInfo.CurrentCulture;
}
