namespace PlanetTechCare.AppHost;

public static class GeneratedSecrets
{
    /// <summary>A secret parameter generated once per data folder and kept there, so a server initialised with it keeps accepting it.</summary>
    public static IResourceBuilder<ParameterResource> AddGeneratedSecret(this IDistributedApplicationBuilder builder, string name, int length = 24) =>
        builder.AddParameter(name, DataFolder.Of(builder).Secret(name, length), secret: true);
}
