namespace PlanetTechCare.Signatories.Apis;

/// <summary>What the signatories API is for: the first paragraph of its OpenAPI document's introduction.</summary>
public static class SignatoriesApiPurpose
{
    public const string Purpose =
        "The organisations that signed the Planet Tech'Care manifesto, committing to measure and reduce the environmental footprint of their digital products and services: the public list and figures, the current manifesto, applying to sign it, and staff review of applications.";
}
