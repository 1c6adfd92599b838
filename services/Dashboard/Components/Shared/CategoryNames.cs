using PlanetTechCare.Dashboard.Localization;

namespace PlanetTechCare.Dashboard.Components.Shared;

/// <summary>The signatory categories, named in the interface's language.</summary>
public static class CategoryNames
{
    public static readonly IReadOnlyList<string> All =
        ["digital-service-provider", "user-company", "school-or-training-body", "public-body", "association", "other"];

    public static string Of(string category) => category switch
    {
        "digital-service-provider" => Ui.T("Prestataires numériques", "Digital service providers"),
        "user-company" => Ui.T("Entreprises utilisatrices", "User companies"),
        "school-or-training-body" => Ui.T("Écoles et organismes de formation", "Schools and training bodies"),
        "public-body" => Ui.T("Organismes publics", "Public bodies"),
        "association" => Ui.T("Associations", "Associations"),
        _ => Ui.T("Autres", "Other"),
    };
}
