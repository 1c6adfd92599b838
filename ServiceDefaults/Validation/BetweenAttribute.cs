using System.ComponentModel.DataAnnotations;

namespace PlanetTechCare.ServiceDefaults.Validation;

/// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class BetweenAttribute(long min, long max) : ValidationAttribute
{
    public long Min => min;

    public long Max => max;

    public override bool IsValid(object? value) => value switch
    {
        null => true,
        int number => number >= min && number <= max,
        long number => number >= min && number <= max,
        _ => false,
    };

    public override string FormatErrorMessage(string name) => ValidationMessages.Between(min, max);
}
