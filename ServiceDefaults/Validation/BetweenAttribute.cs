using System.ComponentModel.DataAnnotations;

namespace PlanetTechCare.ServiceDefaults.Validation;

/// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/> (the API documents show both bounds).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class BetweenAttribute(int min, int max) : RangeAttribute(min, max)
{
    public override string FormatErrorMessage(string name) => ValidationMessages.Between((int)Minimum, (int)Maximum);
}
