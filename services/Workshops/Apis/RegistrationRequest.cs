using System.ComponentModel.DataAnnotations;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Validation;
using PlanetTechCare.Workshops.Domain;

namespace PlanetTechCare.Workshops.Apis;

/// <summary>
/// A person registering to a workshop, with the organisation they come from (hosting partners and
/// staff need it); they must consent to the processing of these data. <see cref="Language"/> is the
/// one they are written to in (<c>fr</c> or <c>en</c>; by default the request's <c>Accept-Language</c>, else French).
/// </summary>
public sealed record RegistrationRequest(
    [property: RequiredField, Text(Limits.Name)] string? Name,
    [property: RequiredField, Text(Limits.Email), Email] string? Email,
    [property: RequiredField, Text(Limits.Name)] string? Organisation,
    Guid? SignatoryId,
    bool? Consent,
    [property: OneOf(typeof(ServedLanguages), nameof(ServedLanguages.All))] string? Language = null) : IExampleBody<RegistrationRequest>, IValidatableObject
{
    /// <summary>The example the API documents show.</summary>
    public static RegistrationRequest Example => new("Camille Martin", "camille.martin@example.org", "Octet Vert", null, true);

    public Attendee ToAttendee(string? acceptLanguage) => new(Name!.Trim(), Email!.Trim(), Organisation!.Trim(), SignatoryId, true,
        Language ?? LanguageChoice.FromAcceptLanguage(acceptLanguage) ?? ServedLanguages.French);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Consent is not true)
        {
            yield return new ValidationResult(ValidationMessages.Consent, [nameof(Consent)]);
        }
    }
}
