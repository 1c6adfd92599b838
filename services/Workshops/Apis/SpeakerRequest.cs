using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Validation;
using PlanetTechCare.Workshops.Domain;

namespace PlanetTechCare.Workshops.Apis;

public sealed record SpeakerRequest(
    [property: RequiredField, Text(Limits.Name)] string? Name,
    [property: Text(Limits.Name)] string? Organisation,
    [property: Text(Limits.Name)] string? Role,
    [property: Text(Limits.SpeakerBio, Multiline = true)] string? Bio)
{
    public Speaker ToSpeaker() => new() { Name = Name!.Trim(), Organisation = Organisation.TrimmedOrNull(), Role = Role.TrimmedOrNull(), Bio = Bio.TrimmedOrNull() };
}
