using PlanetTechCare.ServiceDefaults.Apis;
using Scalar.AspNetCore;

namespace PlanetTechCare.Gateway.Extensions;

/// <summary>
/// The interactive API reference at <c>/docs</c>: every service's OpenAPI document (fetched through
/// the gateway's own routes), with the OAuth flows so that a partner can try a call with a token.
/// The page loads nothing from elsewhere (its content security policy would refuse it, and partners'
/// calls are theirs): no vendor fonts, telemetry, AI agent, MCP or developer toolbar (its "Share" and
/// "Deploy" buttons publish the documents to the vendor).
/// </summary>
public static class ApiReferenceExtensions
{
    public const string Path = "/docs";

    public static IEndpointConventionBuilder MapApiReference(this WebApplication app)
    {
        var services = app.Configuration.GetSection("ApiReference:Services").Get<string[]>() ?? [];
        return app.MapScalarApiReference(Path, options =>
        {
            options.WithTitle("Planet Tech'Care API");
            foreach (var (service, index) in services.Select((s, i) => (s, i)))
            {
                options.AddDocument(service, service, ApiDocumentsExtensions.DocumentPath(service), isDefault: index == 0);
            }

            options.AddPreferredSecuritySchemes([SecuritySchemeTransformer.SchemeName]);
            options.DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp()
                .HideDeveloperTools();
        });
    }
}
