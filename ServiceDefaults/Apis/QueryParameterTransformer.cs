using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PlanetTechCare.ServiceDefaults.Apis;

/// <summary>Query parameters named as a caller writes them: camelCase (<c>pageSize</c>, bound without regard to case).</summary>
public sealed class QueryParameterTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query))
        {
            parameter.Name = JsonNamingPolicy.CamelCase.ConvertName(parameter.Name ?? string.Empty);
        }

        return Task.CompletedTask;
    }
}
