using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace PlanetTechCare.ServiceDefaults.Validation;

/// <summary>
/// A slug (<c>circular-economy</c>: lower-case letters and digits in words joined by single
/// hyphens), or each value of a list; a blank single value stands for none, null items are left to
/// <see cref="ItemsAttribute"/>, and the length is a <see cref="TextAttribute"/>'s.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed partial class SlugAttribute : ValidationAttribute
{
    public SlugAttribute() => ErrorMessage = ValidationMessages.Slug;

    public static bool IsSlug(string text) => Pattern().IsMatch(text);

    public override bool IsValid(object? value) => value switch
    {
        null => true,
        string text => string.IsNullOrWhiteSpace(text) || IsSlug(text),
        IEnumerable<string?> texts => texts.All(text => text is null || IsSlug(text)),
        _ => false,
    };

    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)*\z")]
    private static partial Regex Pattern();
}
