using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace PlanetTechCare.ServiceDefaults.Apis;

/// <summary>
/// Each service describes its API in an OpenAPI document served under its own gateway prefix
/// (<c>/api/v1/{service}/openapi/v1.json</c>), with the OAuth security scheme and, per operation,
/// the scope it requires; the gateway's reference page reads them all.
/// </summary>
public static class ApiDocumentsExtensions
{
    public const string DocumentName = "v1";

    public static string DocumentPath(string service, string documentName = DocumentName) => $"/api/v1/{service}/openapi/{documentName}.json";

    public static IHostApplicationBuilder AddApiDocuments(this IHostApplicationBuilder builder, string service)
    {
        builder.Services.AddSingleton(new ApiDocumentIdentity(service));
        builder.Services.AddOpenApi(DocumentName, options =>
        {
            options.AddDocumentTransformer(new SecuritySchemeTransformer(service));
            options.AddOperationTransformer<ScopeRequirementTransformer>();
            options.AddOperationTransformer<QueryParameterTransformer>();
            options.AddSchemaTransformer<ValidationSchemaTransformer>();
        });
        return builder;
    }

    public static IEndpointConventionBuilder MapApiDocuments(this WebApplication app)
    {
        var service = app.Services.GetRequiredService<ApiDocumentIdentity>().Service;
        return app.MapOpenApi(DocumentPath(service, "{documentName}"));
    }
}
