using System.ComponentModel.DataAnnotations;
using PlanetTechCare.ServiceDefaults.Validation;

namespace PlanetTechCare.Webhooks.Apis;

/// <summary>The event feed's <c>?after=</c>, bound with <c>[AsParameters]</c>: the sequence number to read after (0, the default, starts at the beginning).</summary>
public sealed record EventCursor : IValidatableObject
{
    public long? After { get; init; }

    public long Value => After ?? 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (After < 0)
        {
            yield return new ValidationResult(ValidationMessages.Between(0, long.MaxValue), [nameof(After)]);
        }
    }
}
