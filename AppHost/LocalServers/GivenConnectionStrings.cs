namespace PlanetTechCare.AppHost.LocalServers;

internal static class GivenConnectionStrings
{
    /// <summary>
    /// The server given by <c>ConnectionStrings:&lt;name&gt;</c> instead of a local one (as Aspire's
    /// <c>AddConnectionString</c>), as a resource with a state and health checks of its own.
    /// </summary>
    public static IResourceBuilder<ConnectionStringResource> AddGivenConnectionString(this IDistributedApplicationBuilder builder, string name)
    {
        var given = builder.AddParameterFromConfiguration($"{name}-connection-string", $"ConnectionStrings:{name}", secret: true);
        return builder.AddConnectionString(name, ReferenceExpression.Create($"{given.Resource}"));
    }
}
