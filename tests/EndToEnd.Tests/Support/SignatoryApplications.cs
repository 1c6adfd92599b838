namespace PlanetTechCare.EndToEnd.Tests.Support;

/// <summary>The body of a valid application to sign the manifesto, as a provider.</summary>
public static class SignatoryApplications
{
    public const string Path = "/api/v1/signatories/applications";

    public static object For(string name, string siren) => new
    {
        legalName = name,
        siren,
        category = "digital-service-provider",
        sizeBand = "sme",
        region = "ile-de-france",
        contact = new { name = "Private Person", role = "CTO", email = "private@example.fr" },
        signer = new { name = "Signer", role = "CEO" },
        consent = true,
    };
}
