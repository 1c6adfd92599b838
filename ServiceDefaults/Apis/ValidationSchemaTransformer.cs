using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PlanetTechCare.ServiceDefaults.Validation;

namespace PlanetTechCare.ServiceDefaults.Apis;

/// <summary>
/// The API documents say what the validation attributes of a body property or a query parameter
/// allow: its fixed values as an <c>enum</c> (<see cref="OneOfAttribute"/>), its longest text
/// (<see cref="TextAttribute"/>) and its most items (<see cref="ItemsAttribute"/>); for a list,
/// the values and the length are its items'.
/// </summary>
public sealed class ValidationSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var attributes = AttributesOf(context);
        var values = schema.Items as OpenApiSchema ?? schema;
        foreach (var attribute in attributes)
        {
            switch (attribute)
            {
                case OneOfAttribute oneOf:
                    values.Enum = [.. oneOf.Allowed.Select(value => (JsonNode)JsonValue.Create(value))];
                    break;
                case TextAttribute text:
                    values.MaxLength = text.MaxLength;
                    break;
                case ItemsAttribute items when schema.Items is not null:
                    schema.MaxItems = items.Max;
                    break;
            }
        }

        return Task.CompletedTask;
    }

    private static IEnumerable<Attribute> AttributesOf(OpenApiSchemaTransformerContext context) =>
        context.JsonPropertyInfo?.AttributeProvider is { } property ? property.GetCustomAttributes(inherit: true).OfType<Attribute>()
        : context.ParameterDescription?.ParameterDescriptor is IParameterInfoParameterDescriptor { ParameterInfo: var parameter } ? parameter.GetCustomAttributes()
        : [];
}
