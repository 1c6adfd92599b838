using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using PlanetTechCare.ServiceDefaults.Validation;
using PlanetTechCare.Workshops.Domain;

namespace PlanetTechCare.Workshops.Apis;

/// <summary>
/// The <c>Idempotency-Key</c> header of a creation: a retry with the same key gets the first one. Its
/// error is named as the header is (an attribute on <see cref="Key"/> would be named after the property).
/// </summary>
public sealed record IdempotencyKeyHeader : IValidatableObject
{
    public const string Name = "Idempotency-Key";

    private static readonly TextAttribute Rule = new(Limits.IdempotencyKey);

    [FromHeader(Name = Name)]
    public string? Key { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Rule.GetValidationResult(Key, validationContext) is { ErrorMessage: { } message })
        {
            yield return new ValidationResult(message, [Name]);
        }
    }
}
