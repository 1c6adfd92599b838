using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PlanetTechCare.ServiceDefaults.Validation;

namespace PlanetTechCare.ServiceDefaults.Apis;

/// <summary>
/// Query parameters as a caller writes them: camelCase names (<c>pageSize</c>, bound without regard
/// to case), and a parameter limited to fixed values (<see cref="OneOfAttribute"/>) lists them as its enum.
/// </summary>
public sealed class QueryParameterTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query))
        {
            var described = context.Description.ParameterDescriptions
                .FirstOrDefault(d => string.Equals(d.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
            parameter.Name = JsonNamingPolicy.CamelCase.ConvertName(parameter.Name ?? string.Empty);
            if ((described?.ParameterDescriptor as IParameterInfoParameterDescriptor)?.ParameterInfo.GetCustomAttribute<OneOfAttribute>() is { } oneOf
                && parameter.Schema is OpenApiSchema schema)
            {
                var values = schema.Items as OpenApiSchema ?? schema;
                values.Enum = [.. oneOf.Allowed.Select(value => (JsonNode)JsonValue.Create(value))];
            }
        }

        return Task.CompletedTask;
    }
}
