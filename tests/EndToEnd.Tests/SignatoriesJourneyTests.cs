using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PlanetTechCare.EndToEnd.Tests.Support;
namespace PlanetTechCare.EndToEnd.Tests;

[Collection(PlatformCollection.Name)]
public sealed class SignatoriesJourneyTests(PlatformFixture platform)
{
    [Fact]
    public async Task An_organisation_applies_staff_approve_it_and_it_shows_in_the_public_list()
    {
        // Given an organisation applying through the gateway
        var name = $"Parcours Numérique {Guid.NewGuid():N}"[..30];
        var applied = await platform.Gateway.PostAsJsonAsync(SignatoryApplications.Path, SignatoryApplications.For(name, Sirens.New()));
        Assert.Equal(HttpStatusCode.Created, applied.StatusCode);
        var id = (await applied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        // When staff approve it
        var approved = await platform.Staff.PostAsJsonAsync($"/api/v1/signatories/staff/{id}/approve", new { by = "e2e" });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);

        // Then the public list finds it by name, accents or not
        var page = await platform.Gateway.GetFromJsonAsync<JsonElement>(
            $"/api/v1/signatories?q={Uri.EscapeDataString(name.Replace('é', 'e'))}");
        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(id, item.GetProperty("id").GetGuid());
        Assert.False(item.TryGetProperty("contact", out _));
    }

    [Fact]
    public async Task A_duplicate_application_through_the_gateway_links_to_the_first_one()
    {
        var siren = Sirens.New();
        var first = await platform.Gateway.PostAsJsonAsync(SignatoryApplications.Path, SignatoryApplications.For("Première", siren));
        var id = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var second = await platform.Gateway.PostAsJsonAsync(SignatoryApplications.Path, SignatoryApplications.For("Seconde", siren));

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>();
        var link = problem.GetProperty("existing").GetString();
        Assert.Equal(HttpStatusCode.OK, (await platform.Staff.GetAsync(link)).StatusCode);
        Assert.EndsWith(id.ToString(), link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_platform_under_test_runs_the_signatories_service_without_demo_data_nor_a_telemetry_endpoint()
    {
        var environment = await platform.App.EnvironmentAsync("signatories");
        var figures = await platform.Gateway.GetFromJsonAsync<JsonElement>("/api/v1/signatories/figures");

        Assert.Equal("false", environment["DemoData__Enabled"]);
        Assert.DoesNotContain("OTEL_EXPORTER_OTLP_ENDPOINT", environment.Keys);
        Assert.True(figures.GetProperty("total").GetInt32() < 300, "the demo data (327 signatories) is not there");
    }
}
