using System.Net;
using PlanetTechCare.AppHost.Hosting;
using PlanetTechCare.AppHost.Testing;

namespace PlanetTechCare.Identity.Tests;

/// <summary>Outside Development, without <c>Identity:AllowHttp</c>, the token server refuses plain HTTP.</summary>
public sealed class TransportSecurityTests
{
    [Fact]
    public async Task Production_server_without_allow_http_refuses_token_requests_over_http()
    {
        var builder = DistributedApplicationTestingBuilder.Create();
        var db = builder.AddPostgres("postgres").AddDatabase("identitydb");
        builder.AddProject("identity", "services/Identity/Identity.csproj")
            .WithReference(db).WaitFor(db)
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", "Production");
        await using var app = builder.Build();
        await app.StartAsync();
        await app.WaitForResourceHealthyAsync("identity");
        using var http = app.CreateHttpClient("identity");

        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "anyone",
            ["client_secret"] = "anything",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("HTTPS", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
