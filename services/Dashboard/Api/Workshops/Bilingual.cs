namespace PlanetTechCare.Dashboard.Api.Workshops;

/// <summary>A text in French and English.</summary>
public sealed record Bilingual(string? Fr, string? En)
{
    public string Text => (Localization.Ui.IsEnglish ? En ?? Fr : Fr ?? En) ?? string.Empty;
}
