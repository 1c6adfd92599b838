using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using PlanetTechCare.ServiceDefaults.Validation;

namespace PlanetTechCare.ServiceDefaults.Apis;

/// <summary>
/// The <c>Idempotency-Key</c> header of a creation, bound with <c>[AsParameters]</c>: a retry with the
/// same key gets the first answer. At most <see cref="MaxLength"/> characters without control
/// characters, and not blank when given; its error is named as the header is (an attribute on
/// <see cref="Key"/> would be named after the property).
/// </summary>
public sealed record IdempotencyKeyHeader : IValidatableObject
{
    public const string Name = "Idempotency-Key";
    public const int MaxLength = 100;

    private static readonly TextAttribute Rule = new(MaxLength);

    [FromHeader(Name = Name)]
    public string? Key { get; init; }

    /// <summary>The key, or none when the header is absent or empty.</summary>
    public string? Value => string.IsNullOrEmpty(Key) ? null : Key;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var refused = Key is { Length: > 0 } && string.IsNullOrWhiteSpace(Key)
            ? ValidationMessages.Required
            : Rule.GetValidationResult(Key, validationContext)?.ErrorMessage;
        if (refused is not null)
        {
            yield return new ValidationResult(refused, [Name]);
        }
    }
}
