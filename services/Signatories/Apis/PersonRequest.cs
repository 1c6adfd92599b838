using PlanetTechCare.ServiceDefaults.Validation;
using PlanetTechCare.Signatories.Domain;

namespace PlanetTechCare.Signatories.Apis;

/// <summary>The person who signs on behalf of the organisation.</summary>
public sealed record PersonRequest(
    [property: RequiredField, Text(Limits.PersonName)] string? Name,
    [property: RequiredField, Text(Limits.PersonName)] string? Role);
