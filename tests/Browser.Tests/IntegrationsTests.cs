using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using PlanetTechCare.Browser.Tests.Support;

namespace PlanetTechCare.Browser.Tests;

[Collection(DashboardCollection.Name)]
public sealed class IntegrationsTests(DashboardFixture platform)
{
    [Fact]
    public async Task Staff_link_a_new_API_client_to_the_workshops_partner_it_acts_for()
    {
        // Given a workshops partner
        var partner = Arrange.UniqueName("Partenaire Lié");
        var partnerId = await Arrange.PartnerAsync(platform.Staff, partner);
        var page = await platform.SignInAsync();
        await page.OpenAsync("Intégrations", "Intégrations");

        // When staff create a client and pick that partner
        await page.GetByLabel("Nom affiché").FillAsync("Registrations sync");
        await page.GetByLabel("Organisation", new() { Exact = true }).FillAsync("Alliance Sync");
        var picker = page.Locator(".mud-input-control.mud-select").Filter(new() { HasText = "Partenaire des ateliers" });
        await picker.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = partner }).ClickAsync();
        await Assertions.Expect(picker.Locator("input").First).ToHaveValueAsync(partner);
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer", Exact = true }).ClickAsync();
        var issued = page.GetByTestId("issued-secret");
        await Assertions.Expect(issued).ToBeVisibleAsync();

        // Then the identity service has the client linked to the partner, and the list names it
        await page.ExpectNoProblemAsync();
        var clientId = await issued.Locator("b").InnerTextAsync();
        var client = await platform.Staff.GetFromJsonAsync<JsonElement>($"/api/v1/identity/clients/{Uri.EscapeDataString(clientId)}");
        Assert.Equal(partnerId, client.GetProperty("partnerId").GetGuid());
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = clientId })).ToContainTextAsync(partner);
        await page.Context.CloseAsync();
    }
}
