using System.ComponentModel.DataAnnotations;
using PlanetTechCare.Content.Domain;
using PlanetTechCare.ServiceDefaults.Validation;

namespace PlanetTechCare.Content.Apis;

/// <summary>
/// A slug (<see cref="Slugs.IsValid"/>), or a list of them (null items are left to
/// <see cref="ItemsAttribute"/>). A blank single value stands for none.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class SlugAttribute : ValidationAttribute
{
    public SlugAttribute() => ErrorMessage = ValidationMessages.Slug;

    public override bool IsValid(object? value) => value switch
    {
        null => true,
        string text => string.IsNullOrWhiteSpace(text) || Slugs.IsValid(text),
        IEnumerable<string?> texts => texts.All(text => text is null || Slugs.IsValid(text)),
        _ => false,
    };
}
