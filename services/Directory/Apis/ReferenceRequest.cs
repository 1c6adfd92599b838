using PlanetTechCare.ServiceDefaults.Validation;

namespace PlanetTechCare.Directory.Apis;

/// <summary>A case study in an edit: a title and an absolute http(s) link.</summary>
public sealed record ReferenceRequest(
    [property: RequiredField, Text(ReferenceRequest.MaxTitleLength)] string? Title,
    [property: RequiredField, Text(ReferenceRequest.MaxUrlLength), HttpUrl] string? Url)
{
    public const int MaxTitleLength = 200;
    public const int MaxUrlLength = 500;
}
