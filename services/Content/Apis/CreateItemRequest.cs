using System.ComponentModel.DataAnnotations;
using PlanetTechCare.Content.Domain;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Validation;

namespace PlanetTechCare.Content.Apis;

/// <summary>
/// A new item, as a draft: its type, themes and tags (lower-case slugs), optional links, and a
/// French and/or English version (at least one).
/// </summary>
public sealed record CreateItemRequest(
    [property: RequiredField, OneOf(typeof(ItemTypes), nameof(ItemTypes.All))] string? Type,
    [property: Items(Limits.MaxThemes), Text(Limits.Theme), Slug] IReadOnlyList<string?>? Themes,
    [property: Items(Limits.MaxTags), Text(Limits.Tag), Slug] IReadOnlyList<string?>? Tags,
    Guid? WorkshopId,
    Guid? PartnerId,
    [property: Text(Limits.Url), HttpUrl] string? ExternalUrl,
    VersionRequest? Fr,
    VersionRequest? En,
    [property: Text(Limits.PersonName)] string? By) : IExampleBody<CreateItemRequest>, IValidatableObject
{
    /// <summary>The example the API documents show.</summary>
    public static CreateItemRequest Example => new(
        ItemTypes.Guide, ["eco-design"], ["web", "sobriete"], null, null, null,
        new VersionRequest("Guide de l'écoconception web", "Les bonnes pratiques pour un site plus sobre.", "## Pourquoi\n\nUn site plus léger…", null, null),
        new VersionRequest("Web eco-design guide", "Good practices for a leaner website.", "## Why\n\nA lighter website…", null, null),
        null);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Fr is null && En is null)
        {
            yield return new ValidationResult(ValidationMessages.AtLeastOneOf(ServedLanguages.French, ServedLanguages.English), [nameof(Fr)]);
        }
    }

    public ItemDetails ToDetails() => new(
        Type!, [.. (Themes ?? []).Select(t => t!).Distinct()], [.. (Tags ?? []).Select(t => t!).Distinct()], WorkshopId, PartnerId,
        string.IsNullOrWhiteSpace(ExternalUrl) ? null : ExternalUrl.Trim(), [], []);

    /// <summary>The versions given, French first.</summary>
    public IEnumerable<(string Language, VersionRequest Version)> Versions()
    {
        if (Fr is not null)
        {
            yield return (ServedLanguages.French, Fr);
        }

        if (En is not null)
        {
            yield return (ServedLanguages.English, En);
        }
    }
}
