using System.Net.Http.Json;
using System.Text.Json;

namespace PlanetTechCare.TestSupport;

/// <summary>Discovers the operations of the running services from the OpenAPI documents the gateway serves.</summary>
public static class ApiDocuments
{
    public static readonly string[] Services = ["signatories", "workshops", "directory", "content", "identity", "webhooks", "notifications"];

    public static async Task<List<ApiOperation>> OperationsAsync(HttpClient gateway)
    {
        var operations = new List<ApiOperation>();
        foreach (var service in Services)
        {
            var document = await gateway.GetFromJsonAsync<JsonElement>($"/api/v1/{service}/openapi/v1.json");
            foreach (var path in document.GetProperty("paths").EnumerateObject())
            {
                foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "patch" or "delete"))
                {
                    operations.Add(new ApiOperation(service, operation.Name.ToUpperInvariant(), path.Name, ScopeOf(operation.Value), QueryOf(operation.Value)));
                }
            }
        }

        return operations;
    }

    private static List<QueryParameter> QueryOf(JsonElement operation) =>
        operation.TryGetProperty("parameters", out var parameters)
            ? [.. parameters.EnumerateArray()
                .Where(parameter => parameter.GetProperty("in").GetString() == "query")
                .Select(parameter => parameter.TryGetProperty("schema", out var schema) ? (parameter, schema) : (parameter, default))
                .Select(p => new QueryParameter(
                    p.parameter.GetProperty("name").GetString()!,
                    p.schema.ValueKind == JsonValueKind.Object && p.schema.TryGetProperty("type", out var type)
                        ? type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(t => t.GetString()!)] : [type.GetString()!]
                        : [],
                    p.schema.ValueKind == JsonValueKind.Object && p.schema.TryGetProperty("format", out var format) ? format.GetString() : null))]
            : [];

    private static string? ScopeOf(JsonElement operation) =>
        operation.TryGetProperty("security", out var security)
            ? security.EnumerateArray().SelectMany(requirement => requirement.EnumerateObject())
                .SelectMany(scheme => scheme.Value.EnumerateArray()).Select(scope => scope.GetString()).FirstOrDefault()
            : null;
}
