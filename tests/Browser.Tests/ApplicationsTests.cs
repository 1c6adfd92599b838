using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using PlanetTechCare.Browser.Tests.Support;

namespace PlanetTechCare.Browser.Tests;

[Collection(DashboardCollection.Name)]
public sealed class ApplicationsTests(DashboardFixture platform)
{
    [Fact]
    public async Task Staff_approve_an_application_and_it_shows_in_the_public_list()
    {
        // Given an organisation that applied
        var name = Arrange.UniqueName("Octet Sobre");
        var id = await Arrange.ApplicationAsync(platform.Gateway, name);
        var page = await platform.SignInAsync();

        // When staff approve it from the pending queue
        await page.OpenAsync("Candidatures", "Candidatures et signataires");
        await page.GetByTestId($"approve-{name}").ClickAsync();
        await Assertions.Expect(page.GetByText("Décision enregistrée.")).ToBeVisibleAsync();

        // Then the public list finds it
        await page.ExpectNoProblemAsync();
        await Arrange.EventuallyAsync(async () =>
        {
            var list = await platform.Gateway.GetFromJsonAsync<JsonElement>($"/api/v1/signatories?q={Uri.EscapeDataString(name)}");
            return list.GetProperty("items").EnumerateArray().Any(item => item.GetProperty("id").GetGuid() == id);
        }, $"{name} in the public list");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Rejecting_without_a_reason_shows_the_API_problem_in_words()
    {
        var name = Arrange.UniqueName("Sans Motif");
        await Arrange.ApplicationAsync(platform.Gateway, name);
        var page = await platform.SignInAsync();
        await page.OpenAsync("Candidatures", "Candidatures et signataires");

        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = name }).GetByRole(AriaRole.Button, new() { Name = "Rejeter" }).ClickAsync();

        var problem = page.GetByTestId("problem");
        await Assertions.Expect(problem).ToContainTextAsync("reason");
        await Assertions.Expect(problem).Not.ToContainTextAsync("Exception");
        await page.Context.CloseAsync();
    }
}
