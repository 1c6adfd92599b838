using System.Collections;
using System.ComponentModel.DataAnnotations;

namespace PlanetTechCare.ServiceDefaults.Validation;

/// <summary>A list of at most <paramref name="max"/> items, none of them null.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ItemsAttribute(int max) : ValidationAttribute
{
    public int Max => max;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) => value switch
    {
        ICollection { Count: var count } when count > max => Failure(ValidationMessages.AtMostItems(max), validationContext),
        IEnumerable items when items.Cast<object?>().Any(item => item is null) => Failure(ValidationMessages.NullItem, validationContext),
        _ => ValidationResult.Success,
    };

    private static ValidationResult Failure(string message, ValidationContext context) => new(message, [context.MemberName ?? string.Empty]);
}
