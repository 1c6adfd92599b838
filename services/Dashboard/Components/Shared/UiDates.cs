using PlanetTechCare.Dashboard.Localization;

namespace PlanetTechCare.Dashboard.Components.Shared;

/// <summary>
/// Dates as the interface's language writes them, with the month in words so that no reader
/// takes 12/2 for 2/12 ("2 déc. 2026", "2 Dec 2026"), in Europe/Paris time.
/// </summary>
public static class UiDates
{
    public static string Day(DateTimeOffset instant) => ParisTime.ToParis(instant).ToString("d MMM yyyy", Ui.Culture);

    public static string Day(DateTimeOffset? instant) => instant is { } value ? Day(value) : "–";

    public static string Moment(DateTimeOffset instant) => ParisTime.ToParis(instant).ToString("d MMM yyyy HH:mm", Ui.Culture);
}
