using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace PlanetTechCare.ServiceDefaults.Validation;

/// <summary>
/// A lower-case slug (<c>circular-economy</c>), or each value of a list; its length is a
/// <see cref="TextAttribute"/>'s.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed partial class SlugAttribute : ValidationAttribute
{
    public SlugAttribute() => ErrorMessage = ValidationMessages.Slug;

    public static bool IsSlug(string text) => Pattern().IsMatch(text);

    public override bool IsValid(object? value) => value switch
    {
        null => true,
        string text => IsSlug(text),
        IEnumerable<string?> texts => texts.All(text => text is not null && IsSlug(text)),
        _ => false,
    };

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]*\z")]
    private static partial Regex Pattern();
}
