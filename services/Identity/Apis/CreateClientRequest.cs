using System.ComponentModel.DataAnnotations;
using PlanetTechCare.Identity.Domain;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Validation;

namespace PlanetTechCare.Identity.Apis;

/// <summary>
/// A partner API client to create: who it is for, the scopes it may ask for (any but <c>admin</c>)
/// and, for a partner hosting workshops, that partner's id in the workshops service, which its
/// tokens carry so that it is sent the registrations of its own workshops.
/// </summary>
public sealed record CreateClientRequest(
    [property: RequiredField, Text(CreateClientRequest.MaxNameLength)] string? DisplayName,
    [property: RequiredField, Text(CreateClientRequest.MaxNameLength)] string? OrganisationName,
    [property: RequiredField, MinLength(1, ErrorMessage = ValidationMessages.Required), Items(CreateClientRequest.MaxScopes),
        OneOf(typeof(ApiScopes), nameof(ApiScopes.PartnerAssignable))] IReadOnlyList<string>? Scopes,
    Guid? PartnerId = null) : IExampleBody<CreateClientRequest>, IValidatableObject
{
    /// <summary>The example the API documents show.</summary>
    public static CreateClientRequest Example => new("Barometer sync", "Alliance Green IT", ["workshops.read", "webhooks.manage"]);

    public const int MaxNameLength = 200;
    public const int MaxScopes = 50;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PartnerId == Guid.Empty)
        {
            yield return new(ValidationMessages.EmptyId, [nameof(PartnerId)]);
        }
    }
}
