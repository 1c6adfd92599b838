using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PlanetTechCare.EndToEnd.Tests.Support;
namespace PlanetTechCare.EndToEnd.Tests;

[Collection(PlatformCollection.Name)]
public sealed class ApiReferenceTests(PlatformFixture platform)
{
    private static readonly string[] ServiceNames = ["signatories", "workshops", "directory", "content", "identity", "webhooks"];

    public static TheoryData<string> Services => [.. ServiceNames];

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
}
