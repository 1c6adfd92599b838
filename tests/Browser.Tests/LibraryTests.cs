using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using PlanetTechCare.Browser.Tests.Support;

namespace PlanetTechCare.Browser.Tests;

[Collection(DashboardCollection.Name)]
public sealed class LibraryTests(DashboardFixture platform)
{
    [Fact]
    public async Task Staff_write_and_publish_an_English_translation_of_a_published_item()
    {
        // Given a published item in French only
        var title = Arrange.UniqueName("Guide de mesure");
        var id = await Arrange.PublishedFrenchItemAsync(platform.Staff, title);
        var page = await platform.SignInAsync();
        await page.OpenAsync("Bibliothèque", "Bibliothèque");
        await page.GetByTestId($"open-{title}").ClickAsync();

        // When staff write its English version beside the French one, with a preview, and publish it
        await page.Field("title-en").FillAsync("Measurement guide " + title[^8..]);
        await page.Field("summary-en").FillAsync("A guide to measure.");
        await page.Field("body-en").FillAsync("# Measure\n\nFirst step.");
        await Assertions.Expect(page.GetByTestId("version-en").Locator(".markdown-preview h1")).ToHaveTextAsync("Measure");
        await page.GetByTestId("save-en").ClickAsync();
        await Assertions.Expect(page.GetByText("Version enregistrée.")).ToBeVisibleAsync();
        await page.GetByTestId("publish-en").ClickAsync();
        await Assertions.Expect(page.GetByText("Traduction publiée.")).ToBeVisibleAsync();

        // Then the public item is served in English, without fallback
        await page.ExpectNoProblemAsync();
        await Screenshots.SaveAsync(page, "library-translation");
        var item = await platform.Gateway.GetFromJsonAsync<JsonElement>($"/api/v1/content/items/{id}?lang=en");
        Assert.Equal("en", item.GetProperty("language").GetString());
        Assert.False(item.GetProperty("fallback").GetBoolean());
        await page.Context.CloseAsync();
    }
}
