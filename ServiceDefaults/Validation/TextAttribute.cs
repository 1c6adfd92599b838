using System.ComponentModel.DataAnnotations;

namespace PlanetTechCare.ServiceDefaults.Validation;

/// <summary>
/// Text of at most <paramref name="maxLength"/> characters, without control characters (a
/// <see cref="Multiline"/> text may hold line breaks and tabs). Every text a request carries has
/// one: PostgreSQL refuses NUL, and no field is meant to hold escape sequences.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class TextAttribute(int maxLength) : ValidationAttribute
{
    public int MaxLength => maxLength;

    public bool Multiline { get; init; }

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) => value switch
    {
        null => ValidationResult.Success,
        string text => Check(text, validationContext),
        IEnumerable<string?> texts => texts.Select(text => text is null ? null : Check(text, validationContext)).FirstOrDefault(r => r is not null),
        _ => ValidationResult.Success,
    };

    private ValidationResult? Check(string text, ValidationContext context) =>
        text.Length > maxLength ? Failure(ValidationMessages.AtMostCharacters(maxLength), context)
        : text.Any(c => char.IsControl(c) && !(Multiline && c is '\n' or '\r' or '\t')) ? Failure(ValidationMessages.ControlCharacters, context)
        : ValidationResult.Success;

    private static ValidationResult Failure(string message, ValidationContext context) => new(message, [context.MemberName ?? string.Empty]);
}
