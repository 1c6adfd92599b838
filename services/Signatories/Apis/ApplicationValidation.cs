using PlanetTechCare.Contracts;
using System.Net.Mail;
using PlanetTechCare.Signatories.Domain;

namespace PlanetTechCare.Signatories.Apis;

/// <summary>Checks an application field by field; what it returns is valid for the domain.</summary>
public static class ApplicationValidation
{
    public sealed record Valid(
        OrganisationProfile Profile, string? Siren, string? ForeignRegistrationId, PrivateContact Contact,
        string SignerName, string SignerRole, string? CurriculumCommitment);

    public static Valid? Validate(ApplyRequest request, Dictionary<string, string[]> errors)
    {
        var profile = ProfileValidation.Validate(
            new ProfileRequest(request.LegalName, request.Website, request.Category, request.SizeBand, request.Region, request.PublicDescription),
            errors);

        var siren = string.IsNullOrWhiteSpace(request.Siren) ? null : Siren.Normalize(request.Siren);
        var foreignId = ProfileValidation.Optional(errors, "foreignRegistrationId", request.ForeignRegistrationId, Limits.RegistrationId);
        if (siren is not null && !Siren.IsValid(siren))
        {
            errors["siren"] = ["A SIREN is nine digits with a valid check digit."];
        }
        else if (siren is null && foreignId is null && !errors.ContainsKey("foreignRegistrationId"))
        {
            errors["siren"] = ["A SIREN or, outside France, a foreign registration id is required."];
        }

        var contactName = ProfileValidation.Required(errors, "contact.name", request.Contact?.Name, Limits.PersonName);
        var contactRole = ProfileValidation.Required(errors, "contact.role", request.Contact?.Role, Limits.PersonName);
        var email = ProfileValidation.Required(errors, "contact.email", request.Contact?.Email, Limits.Email);
        if (email is not null && !MailAddress.TryCreate(email, out _))
        {
            errors["contact.email"] = ["This is not an email address."];
        }

        var signerName = ProfileValidation.Required(errors, "signer.name", request.Signer?.Name, Limits.PersonName);
        var signerRole = ProfileValidation.Required(errors, "signer.role", request.Signer?.Role, Limits.PersonName);
        if (request.Consent is not true)
        {
            errors["consent"] = ["Signing needs the signer's explicit consent (true)."];
        }

        var commitment = ProfileValidation.Optional(errors, "curriculumCommitment", request.CurriculumCommitment, Limits.Description);
        if (request.Category == SignatoryCategories.SchoolOrTrainingBody && commitment is null && !errors.ContainsKey("curriculumCommitment"))
        {
            errors["curriculumCommitment"] = ["Schools and training bodies commit to adding responsible-digital courses to their curricula."];
        }

        return errors.Count > 0
            ? null
            : new Valid(profile!, siren, siren is null ? foreignId : null, new PrivateContact(contactName!, contactRole!, email!),
                signerName!, signerRole!, request.Category == SignatoryCategories.SchoolOrTrainingBody ? commitment : null);
    }
}
