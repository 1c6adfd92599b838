using System.ComponentModel.DataAnnotations;
using PlanetTechCare.Contracts;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Validation;
using PlanetTechCare.Signatories.Domain;

namespace PlanetTechCare.Signatories.Apis;

/// <summary>
/// An application to sign the manifesto. Either <see cref="Siren"/> (French organisations) or
/// <see cref="ForeignRegistrationId"/> is required; <see cref="CurriculumCommitment"/> is required
/// of schools and training bodies (and kept only for them); <see cref="Consent"/> must be true.
/// <see cref="Language"/> is the one the contact is written to in (<c>fr</c> or <c>en</c>; by default
/// the request's <c>Accept-Language</c>, else French).
/// </summary>
public sealed record ApplyRequest(
    [property: RequiredField, Text(Limits.LegalName)] string? LegalName,
    [property: Text(Limits.RegistrationId)] string? Siren,
    [property: Text(Limits.RegistrationId)] string? ForeignRegistrationId,
    [property: Text(Limits.Website), HttpUrl] string? Website,
    [property: RequiredField, OneOf(typeof(SignatoryCategories), nameof(SignatoryCategories.All))] string? Category,
    [property: RequiredField, OneOf(typeof(SizeBands), nameof(SizeBands.All))] string? SizeBand,
    [property: RequiredField, OneOf(typeof(Regions), nameof(Regions.All))] string? Region,
    [property: Text(Limits.Description, Multiline = true)] string? PublicDescription,
    [property: RequiredField] ContactRequest? Contact,
    [property: RequiredField] PersonRequest? Signer,
    [property: RequiredField] bool? Consent,
    int? ManifestoVersion,
    [property: Text(Limits.Description, Multiline = true)] string? CurriculumCommitment,
    [property: OneOf(typeof(ServedLanguages), nameof(ServedLanguages.All))] string? Language = null) : IExampleBody<ApplyRequest>, IValidatableObject
{
    /// <summary>The example the API documents show.</summary>
    public static ApplyRequest Example => new(
        "Octet Vert", "732829320", null, "https://octetvert.example", SignatoryCategories.DigitalServiceProvider, SizeBands.Small, "bretagne",
        "Studio d'écoconception web à Rennes.", new ContactRequest("Claire Le Goff", "Responsable RSE", "claire.legoff@octetvert.example"),
        new PersonRequest("Yann Morvan", "Directeur général"), true, null, null);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SirenNumber() is { } siren && !Domain.Siren.IsValid(siren))
        {
            yield return new(ValidationMessages.Siren, [nameof(Siren)]);
        }
        else if (SirenNumber() is null && ForeignRegistrationId.TrimmedOrNull() is null)
        {
            yield return new(ValidationMessages.RequiredUnless("foreignRegistrationId"), [nameof(Siren)]);
        }

        if (Consent is false)
        {
            yield return new(ValidationMessages.Consent, [nameof(Consent)]);
        }

        if (Category == SignatoryCategories.SchoolOrTrainingBody && CurriculumCommitment.TrimmedOrNull() is null)
        {
            yield return new(ValidationMessages.RequiredWhen("category", Category), [nameof(CurriculumCommitment)]);
        }
    }

    /// <summary>The SIREN without the spaces people type between its groups of digits.</summary>
    public string? SirenNumber() => Siren.TrimmedOrNull() is { } siren ? Domain.Siren.Normalize(siren) : null;

    /// <summary>The foreign registration id, kept only without a SIREN.</summary>
    public string? ForeignId() => SirenNumber() is null ? ForeignRegistrationId.TrimmedOrNull() : null;

    public Signatory ToApplication(
        Guid id, int manifestoVersion, DateTimeOffset at, string? idempotencyKey, string fingerprint, string? acceptLanguage) => Signatory.Apply(
        id, new ProfileRequest(LegalName, Website, Category, SizeBand, Region, PublicDescription).ToProfile(),
        SirenNumber(), ForeignId(), Contact!.ToContact(),
        Language ?? LanguageChoice.FromAcceptLanguage(acceptLanguage) ?? ServedLanguages.French,
        new Signature(manifestoVersion, Signer!.Name!.Trim(), Signer.Role!.Trim(), Consent: true, at),
        Category == SignatoryCategories.SchoolOrTrainingBody ? CurriculumCommitment.TrimmedOrNull() : null,
        idempotencyKey, fingerprint);
}
