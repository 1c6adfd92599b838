namespace PlanetTechCare.Dashboard.Api.Content;

/// <summary>A library item in any status, with every version.</summary>
public sealed record LibraryItem(
    Guid Id, string Type, string Status, IReadOnlyList<string> Themes, IReadOnlyList<string> Tags, DateTimeOffset UpdatedAt,
    IReadOnlyList<TranslationState> Translations, IReadOnlyList<ItemVersion> Versions)
{
    public ItemVersion? Version(string language) => Versions.FirstOrDefault(v => v.Language == language);
}
