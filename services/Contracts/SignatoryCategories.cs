namespace PlanetTechCare.Contracts;

/// <summary>The categories an organisation signs the manifesto under, as they travel in events.</summary>
public static class SignatoryCategories
{
    public const string DigitalServiceProvider = "digital-service-provider";
    public const string UserCompany = "user-company";
    public const string SchoolOrTrainingBody = "school-or-training-body";
    public const string PublicBody = "public-body";
    public const string Association = "association";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All =
        [DigitalServiceProvider, UserCompany, SchoolOrTrainingBody, PublicBody, Association, Other];

    public static bool IsKnown(string? category) => category is not null && All.Contains(category);
}
