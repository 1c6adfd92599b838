using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace PlanetTechCare.ServiceDefaults.Apis;

/// <summary>
/// Every request body of the API documents shows the example its record gives
/// (<see cref="IExampleBody{TSelf}"/>), written as the service's JSON is (camelCase, members left
/// out when null), so that the reference page's "try it" starts from a body the API accepts.
/// </summary>
public sealed class RequestBodyExampleTransformer : IOpenApiOperationTransformer
{
    private JsonSerializerOptions? _serializer;

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.RequestBody?.Content is not { Count: > 0 } content
            || context.Description.ParameterDescriptions.FirstOrDefault(p => p.Source == BindingSource.Body || p.Source == BindingSource.Form)?.Type
                is not { } bodyType
            || ExampleOf(bodyType) is not { } example)
        {
            return Task.CompletedTask;
        }

        _serializer ??= new JsonSerializerOptions(context.ApplicationServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        var written = JsonSerializer.SerializeToNode(example, bodyType, _serializer);
        foreach (var mediaType in content.Values)
        {
            mediaType.Example = written?.DeepClone();
        }

        return Task.CompletedTask;
    }

    private static object? ExampleOf(Type bodyType) =>
        bodyType.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IExampleBody<>) && i.GetGenericArguments()[0] == bodyType)
            ? bodyType.GetProperty(nameof(IExampleBody<>.Example), BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
            : null;
}
