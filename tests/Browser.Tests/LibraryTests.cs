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

    [Fact]
    public async Task The_library_names_statuses_and_types_in_French_and_keeps_list_bullets_inside_the_preview()
    {
        // Given a published item
        var title = Arrange.UniqueName("Guide à puces");
        await Arrange.PublishedFrenchItemAsync(platform.Staff, title);
        var page = await platform.SignInAsync();
        await page.OpenAsync("Bibliothèque", "Bibliothèque");

        // Then its row says "Publié" and "Guide", not the API's codes
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = title });
        await Assertions.Expect(row).ToContainTextAsync("Publié");
        await Assertions.Expect(row).ToContainTextAsync("Français : Publiée");
        await Assertions.Expect(row).Not.ToContainTextAsync("published");

        // When a version's body has a list, then its bullets sit inside the preview box
        await page.GetByTestId($"open-{title}").ClickAsync();
        await page.Field("body-fr").FillAsync("Étapes :\n\n- mesurer\n- réduire\n- recommencer");
        var preview = page.GetByTestId("version-fr").Locator(".markdown-preview");
        await Assertions.Expect(preview.Locator("li")).ToHaveCountAsync(3);
        var box = await preview.BoundingBoxAsync();
        var item = await preview.Locator("li").First.BoundingBoxAsync();
        var indent = await preview.Locator("ul").EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).paddingInlineStart)");
        Assert.True(indent >= 16, $"The list's bullets need room: padding {indent}px.");
        Assert.True(item!.X - box!.X >= 24, $"The bullet of a list item sits outside the preview box ({item.X - box.X}px from its edge).");
        await Screenshots.SaveAsync(page, "library-preview-list");
        await page.Context.CloseAsync();
    }
}
