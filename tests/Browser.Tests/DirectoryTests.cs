using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using PlanetTechCare.Browser.Tests.Support;

namespace PlanetTechCare.Browser.Tests;

[Collection(DashboardCollection.Name)]
public sealed class DirectoryTests(DashboardFixture platform)
{
    [Fact]
    public async Task Staff_preview_a_listing_as_it_will_be_published_edit_it_and_publish_it()
    {
        // Given an approved provider whose listing waits in the moderation queue
        var name = Arrange.UniqueName("Sobre Conseil");
        var signatoryId = await Arrange.ApplicationAsync(platform.Gateway, name, "digital-service-provider");
        await Arrange.DecideAsync(platform.Staff, signatoryId, "approve");
        var (listingId, total) = (Guid.Empty, 0L);
        await Arrange.EventuallyAsync(async () =>
        {
            var queue = await platform.Staff.GetFromJsonAsync<JsonElement>("/api/v1/directory/staff/listings/queue?pageSize=100");
            total = queue.GetProperty("total").GetInt64();
            listingId = queue.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("listing"))
                .Where(l => l.GetProperty("name").GetString() == name).Select(l => l.GetProperty("id").GetGuid()).FirstOrDefault();
            return listingId != Guid.Empty;
        }, $"{name}'s listing in the moderation queue");
        var page = await platform.SignInAsync();
        await page.OpenAsync("Annuaire", "Annuaire des prestataires");
        var lastPage = (int)((total + 19) / 20);
        if (lastPage > 1)
        {
            await page.Locator(".mud-pagination").First.GetByRole(AriaRole.Button, new() { Name = lastPage.ToString(System.Globalization.CultureInfo.InvariantCulture), Exact = true }).ClickAsync();
        }

        // When staff open its preview, then it shows what the public will read, in words
        await page.GetByTestId($"preview-{name}").ClickAsync();
        var preview = page.GetByTestId("listing-preview");
        await Assertions.Expect(preview).ToContainTextAsync(name);
        await Assertions.Expect(preview).ToContainTextAsync("https://octet-sobre.example");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = name })).ToContainTextAsync("En règle");

        // When they add an English description and publish
        await page.GetByTestId("edit-listing").ClickAsync();
        await page.Field("listing-description-en").FillAsync("We measure and reduce the footprint of digital services.");
        await page.GetByTestId("save-listing").ClickAsync();
        await Assertions.Expect(page.GetByText("Fiche enregistrée.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("preview-description-en")).ToHaveTextAsync("We measure and reduce the footprint of digital services.");
        await Screenshots.SaveAsync(page, "directory-preview");
        await page.GetByTestId("publish-listing").ClickAsync();
        await Assertions.Expect(page.GetByText("Fiche publiée.")).ToBeVisibleAsync();

        // Then the public listing carries the edit
        await page.ExpectNoProblemAsync();
        await Arrange.EventuallyAsync(async () =>
        {
            using var response = await platform.Gateway.GetAsync($"/api/v1/directory/listings/{listingId}");
            return response.IsSuccessStatusCode
                && (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("descriptionEn").GetString() == "We measure and reduce the footprint of digital services.";
        }, $"{name}'s edited listing in the public directory");
        await page.Context.CloseAsync();
    }
}
