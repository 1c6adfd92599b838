namespace PlanetTechCare.Directory.Apis;

/// <summary>What the directory API is for: the first paragraph of its OpenAPI document's introduction.</summary>
public static class DirectoryApiPurpose
{
    public const string Purpose =
        "The directory of service providers, signatories of the manifesto, able to help with responsible digital work: full-text search in French and English with filters and facets, and staff moderation of the listings.";
}
