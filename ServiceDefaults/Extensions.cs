using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PlanetTechCare.ServiceDefaults.Problems;
using PlanetTechCare.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace PlanetTechCare.ServiceDefaults;

/// <summary>
/// What every process of the platform shares, in the shape of the .NET Aspire service defaults:
/// telemetry, health endpoints, service discovery, resilient HTTP clients and problem details.
/// </summary>
public static class Extensions
{
    public const string HealthEndpointPath = "/health";
    public const string AlivenessEndpointPath = "/alive";
    public const string LiveTag = "live";

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();

        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });

        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            ExceptionProblems.Customize(context);
            ValidationProblems.UseJsonNames(context);
        });
        builder.Services.AddSingleton<IDeveloperPageExceptionFilter, DeveloperExceptionProblems>();
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.Configure<ExceptionHandlerOptions>(options =>
        {
            options.StatusCodeSelector = ExceptionProblems.StatusOf;
            options.SuppressDiagnosticsCallback = ExceptionProblems.IsAnswer;
        });
        builder.Services.AddForwardedHeadersFromProxy();
        builder.Services.AddTransient<IStartupFilter, ServiceDefaultsStartupFilter>();
        return builder;
    }

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        return builder;
    }

    /// <summary>
    /// Maps <c>/health</c> (ready: every check, the database and the broker included) and
    /// <c>/alive</c> (only the liveness checks). Unlike the Aspire template these stay mapped in
    /// every environment, because orchestrator probes need them; the gateway does not route them.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks(HealthEndpointPath);
        app.MapHealthChecks(AlivenessEndpointPath, new HealthCheckOptions
        {
            Predicate = registration => registration.Tags.Contains(LiveTag),
        });
        return app;
    }
}
