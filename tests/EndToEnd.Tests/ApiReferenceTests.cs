using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using PlanetTechCare.EndToEnd.Tests.Support;
namespace PlanetTechCare.EndToEnd.Tests;

[Collection(PlatformCollection.Name)]
public sealed class ApiReferenceTests(PlatformFixture platform)
{
    private static readonly string[] ServiceNames = ["signatories", "workshops", "directory", "content", "identity", "webhooks", "notifications"];

    public static TheoryData<string> Services => [.. ServiceNames];

    /// <summary>The services whose APIs take request bodies (the notifications service's staff API only reads).</summary>
    public static TheoryData<string> ServicesWithBodies => [.. ServiceNames.Where(service => service != "notifications")];

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Every_service_publishes_its_OpenAPI_document_through_the_gateway(string service)
    {
        var document = await platform.Gateway.GetFromJsonAsync<JsonElement>($"/api/v1/{service}/openapi/v1.json");

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.NotEmpty(paths);
        Assert.All(paths, path => Assert.StartsWith($"/api/v1/{service}", path));
        var oauth = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("oauth2");
        Assert.Equal("/connect/token", oauth.GetProperty("flows").GetProperty("clientCredentials").GetProperty("tokenUrl").GetString());
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Every_query_parameter_is_named_as_callers_write_it_and_every_body_has_its_schema(string service)
    {
        var document = await platform.Gateway.GetFromJsonAsync<JsonElement>($"/api/v1/{service}/openapi/v1.json");

        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => (Name: $"{operation.Name.ToUpperInvariant()} {path.Name}", operation.Value)))
            .ToList();
        var queryNames = operations.SelectMany(o => o.Value.TryGetProperty("parameters", out var parameters)
            ? parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query").Select(p => $"{o.Name} ?{p.GetProperty("name").GetString()}")
            : []).ToList();
        Assert.All(queryNames, name => Assert.True(char.IsLower(name[name.IndexOf('?', StringComparison.Ordinal) + 1]), $"{name} is not camelCase."));
        var bodies = operations.Where(o => o.Value.TryGetProperty("requestBody", out _)).ToList();
        Assert.All(bodies, o => Assert.True(
            o.Value.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out var json) && json.TryGetProperty("schema", out _),
            $"{o.Name} has a body without a JSON schema."));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Every_document_opens_with_what_its_API_is_for_how_to_get_a_token_and_the_limits(string service)
    {
        var document = await platform.Gateway.GetFromJsonAsync<JsonElement>($"/api/v1/{service}/openapi/v1.json");

        var introduction = document.GetProperty("info").GetProperty("description").GetString()!;
        var purpose = introduction[..introduction.IndexOf("\n\n", StringComparison.Ordinal)];
        Assert.True(purpose.Length > 80, $"The {service} document does not say what its API is for: {purpose}");
        Assert.Contains("POST /connect/token", introduction, StringComparison.Ordinal);
        Assert.Contains("client_credentials", introduction, StringComparison.Ordinal);
        Assert.Contains("`429` with `Retry-After`", introduction, StringComparison.Ordinal);
        Assert.Contains("`pageSize` (1 to 100, default 20)", introduction, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ServicesWithBodies))]
    public async Task Every_request_body_shows_an_example_written_with_the_fields_of_its_schema(string service)
    {
        var document = await platform.Gateway.GetFromJsonAsync<JsonElement>($"/api/v1/{service}/openapi/v1.json");
        var schemas = document.GetProperty("components").GetProperty("schemas");

        var bodies = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => (Name: $"{operation.Name.ToUpperInvariant()} {path.Name}", operation.Value)))
            .Where(o => o.Value.TryGetProperty("requestBody", out _))
            .SelectMany(o => o.Value.GetProperty("requestBody").GetProperty("content").EnumerateObject().Select(media => (o.Name, Media: media.Value)))
            .ToList();
        Assert.NotEmpty(bodies);
        Assert.All(bodies, body =>
        {
            Assert.True(body.Media.TryGetProperty("example", out var example) && example.ValueKind == JsonValueKind.Object, $"{body.Name} has no example body.");
            var schema = Resolve(schemas, body.Media.GetProperty("schema"));
            var properties = schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
            Assert.All(example.EnumerateObject(), member => Assert.True(properties.Contains(member.Name), $"{body.Name}: the example's {member.Name} is not in the schema."));
            Assert.True(example.EnumerateObject().Any(), $"{body.Name} has an empty example.");
        });
    }

    [Fact]
    public async Task A_parameter_with_fixed_values_lists_them_and_paging_is_documented_on_every_list()
    {
        var directory = await platform.Gateway.GetFromJsonAsync<JsonElement>("/api/v1/directory/openapi/v1.json");

        var search = directory.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject())
            .Single(o => o.Value.TryGetProperty("operationId", out var id) && id.GetString() == "SearchListings").Value
            .GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("schema"));
        Assert.Equal(["q", "expertise", "region", "size", "language", "lang", "Accept-Language", "page", "pageSize"], search.Keys);
        var regions = search["region"].GetProperty("items").GetProperty("enum").EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.Contains("occitanie", regions);
        Assert.Contains("france", regions);
        Assert.Equal(100, search["pageSize"].GetProperty("maximum").GetInt32());
        Assert.Equal(200, search["q"].GetProperty("maxLength").GetInt32());

        var edit = directory.GetProperty("components").GetProperty("schemas").GetProperty("ListingEditRequest").GetProperty("properties");
        Assert.Contains("occitanie", edit.GetProperty("regions").GetProperty("items").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(30, edit.GetProperty("regions").GetProperty("maxItems").GetInt32());
        Assert.Equal(5000, edit.GetProperty("descriptionFr").GetProperty("maxLength").GetInt32());
    }

    [Fact]
    public async Task The_reference_page_lists_every_service_document()
    {
        var response = await platform.Gateway.GetAsync("/docs");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.All(ServiceNames, service => Assert.Contains($"\"api/v1/{service}/openapi/v1.json\"", page, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await platform.Gateway.GetAsync("/docs/scalar.js")).StatusCode);
    }

    [Fact]
    public async Task The_reference_page_asks_for_no_vendor_fonts_telemetry_AI_agent_or_developer_toolbar()
    {
        using var response = await platform.Gateway.GetAsync("/docs");

        var page = await response.Content.ReadAsStringAsync();
        var call = Regex.Match(page, @"initialize\(\s*'[^']*',\s*(?:true|false),\s*(\{.*\}),\s*''\)", RegexOptions.Singleline);
        Assert.True(call.Success, "The page does not configure the reference as expected.");
        var configuration = JsonDocument.Parse(call.Groups[1].Value).RootElement;
        Assert.False(configuration.GetProperty("withDefaultFonts").GetBoolean());
        Assert.False(configuration.GetProperty("telemetry").GetBoolean());
        Assert.Equal("never", configuration.GetProperty("showDeveloperTools").GetString());
        Assert.True(configuration.GetProperty("agent").GetProperty("disabled").GetBoolean());
        Assert.True(configuration.GetProperty("mcp").GetProperty("disabled").GetBoolean());
        Assert.DoesNotContain("https://", page, StringComparison.Ordinal);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("font-src 'self' data:", policy, StringComparison.Ordinal);
    }

    /// <summary>The schema itself, following a <c>$ref</c> to the document's components (and a nullable body's <c>oneOf</c>).</summary>
    private static JsonElement Resolve(JsonElement schemas, JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            return Resolve(schemas, schemas.GetProperty(reference.GetString()!["#/components/schemas/".Length..]));
        }

        return schema.TryGetProperty("oneOf", out var choices)
            ? Resolve(schemas, choices.EnumerateArray().First(c => c.TryGetProperty("$ref", out _) || c.TryGetProperty("properties", out _)))
            : schema;
    }
}
