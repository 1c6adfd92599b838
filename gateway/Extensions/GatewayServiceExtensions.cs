using PlanetTechCare.Gateway.ServiceDiscovery;
using Yarp.ReverseProxy.ServiceDiscovery;

namespace PlanetTechCare.Gateway.Extensions;

public static class GatewayServiceExtensions
{
    /// <summary>
    /// YARP with routes and clusters from the <c>ReverseProxy</c> configuration section; a
    /// destination address such as <c>http://signatories</c> is resolved through service
    /// discovery (the <c>services__signatories__http__N</c> entries), one destination per replica.
    /// </summary>
    public static IHostApplicationBuilder AddGatewayServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));
        builder.Services.AddSingleton<IDestinationResolver, ServiceDiscoveryDestinationResolver>();
        return builder;
    }
}
