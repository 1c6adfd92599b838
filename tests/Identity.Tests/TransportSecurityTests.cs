using System.Net;

namespace PlanetTechCare.Identity.Tests;

/// <summary>Outside Development, without <c>Identity:AllowHttp</c>, the token server refuses plain HTTP.</summary>
public sealed class TransportSecurityTests
{
    [Fact]
    public async Task Production_server_without_allow_http_refuses_token_requests_over_http()
    {
        var builder = TestApps.Empty();
        var db = builder.AddLocalPostgres("postgres").AddDatabase("identitydb");
        builder.AddService<Projects.Identity>("identity")
            .WithReference(db).WaitFor(db)
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", "Production");
        await using var app = builder.Build();
        await app.StartAsync();
        await app.ResourceNotifications.WaitForResourceHealthyAsync("identity");
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
