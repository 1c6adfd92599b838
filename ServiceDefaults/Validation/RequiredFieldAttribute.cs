using System.ComponentModel.DataAnnotations;

namespace PlanetTechCare.ServiceDefaults.Validation;

/// <summary>The field must be given (for text: not blank).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class RequiredFieldAttribute : RequiredAttribute
{
    public RequiredFieldAttribute() => ErrorMessage = ValidationMessages.Required;
}
