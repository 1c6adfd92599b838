namespace PlanetTechCare.Gateway.Extensions;

public static class GatewayServiceExtensions
{
    /// <summary>
    /// YARP with routes and clusters from the <c>ReverseProxy</c> configuration section; a
    /// destination address such as <c>http://signatories</c> is resolved through service
    /// discovery (the <c>services__signatories__http__N</c> entries the AppHost gives), one
    /// destination per address, by the service discovery library's own YARP resolver.
    /// </summary>
    public static IHostApplicationBuilder AddGatewayServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            .AddServiceDiscoveryDestinationResolver();
        return builder;
    }
}
