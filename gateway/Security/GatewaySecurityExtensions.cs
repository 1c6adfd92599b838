using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Security;

namespace PlanetTechCare.Gateway.Security;

/// <summary>
/// The edge of the platform: access tokens validated (any service's audience) and each route's
/// scope policy applied, rate limits, a request body limit, CORS for the configured origins only
/// (the staff dashboard's), security headers, and anonymous reads cached for a moment
/// (<c>Gateway:PublicReadCache</c>), after the rate limits so that cached answers count too.
/// </summary>
public static class GatewaySecurityExtensions
{
    public static IHostApplicationBuilder AddGatewaySecurity(this IHostApplicationBuilder builder)
    {
        builder.AddApiSecurity([.. Scopes.Resources]);
        builder.AddPublicReadCache(builder.Configuration.GetSection("Gateway:PublicReadCache"));
        builder.Services.AddGatewayRateLimits(builder.Configuration);

        var maxBody = builder.Configuration.GetValue<long>("Gateway:MaxRequestBodyBytes", 1024 * 1024);
        builder.Services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = maxBody);

        var origins = builder.Configuration.GetSection("Gateway:Cors:Origins").Get<string[]>() ?? [];
        builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .WithOrigins(origins).AllowAnyHeader().AllowAnyMethod().WithExposedHeaders("Retry-After", "X-Correlation-Id", "Location")));

        // The gateway is the edge: a client's own X-Forwarded-* headers are not trusted (they would
        // choose the address the rate limits count); the gateway sets them for the services.
        builder.Services.Configure<ForwardedHeadersOptions>(options => options.ForwardedHeaders = ForwardedHeaders.None);
        return builder;
    }

    public static WebApplication UseGatewaySecurity(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseRouting();
        app.UseCors();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UsePublicReadCache();
        return app;
    }
}
