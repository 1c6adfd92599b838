using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;

namespace PlanetTechCare.ServiceDefaults;

public static class ForwardedHeadersExtensions
{
    /// <summary>
    /// Services sit behind the gateway in every environment, so they honour the X-Forwarded-*
    /// headers it sets; otherwise the links they build would bypass the gateway. They are not
    /// exposed publicly, so the forwarding proxy is trusted whatever its address.
    /// </summary>
    public static IServiceCollection AddForwardedHeadersFromProxy(this IServiceCollection services) =>
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor
                | ForwardedHeaders.XForwardedProto
                | ForwardedHeaders.XForwardedHost
                | ForwardedHeaders.XForwardedPrefix;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
        });
}
