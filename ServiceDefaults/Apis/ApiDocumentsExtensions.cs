using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace PlanetTechCare.ServiceDefaults.Apis;

/// <summary>
/// Each service describes its API in an OpenAPI document served under its own gateway prefix
/// (<c>/api/v1/{service}/openapi/v1.json</c>), with the OAuth security scheme and, per operation,
/// the scope it requires, an introduction (what the API is for, then what every service shares)
/// and an example of every request body; the gateway's reference page reads them all.
/// </summary>
public static class ApiDocumentsExtensions
{
    public const string DocumentName = "v1";

    public static string DocumentPath(string service, string documentName = DocumentName) => $"/api/v1/{service}/openapi/{documentName}.json";

    /// <param name="builder">The service's host builder.</param>
    /// <param name="service">The service's gateway prefix.</param>
    /// <param name="purpose">The first paragraph of the document's introduction: what the API is for.</param>
    public static IHostApplicationBuilder AddApiDocuments(this IHostApplicationBuilder builder, string service, string purpose)
    {
        builder.Services.AddSingleton(new ApiDocumentIdentity(service));
        builder.Services.AddOpenApi(DocumentName, options =>
        {
            options.AddDocumentTransformer(new SecuritySchemeTransformer(service));
            options.AddDocumentTransformer(new ApiIntroductionTransformer(purpose));
            options.AddOperationTransformer<ScopeRequirementTransformer>();
            options.AddOperationTransformer<QueryParameterTransformer>();
            options.AddOperationTransformer<RequestBodyExampleTransformer>();
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
