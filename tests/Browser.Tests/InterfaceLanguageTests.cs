using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PlanetTechCare.Browser.Tests.Support;

namespace PlanetTechCare.Browser.Tests;

[Collection(DashboardCollection.Name)]
public sealed class InterfaceLanguageTests(DashboardFixture platform)
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Fact]
    public async Task The_French_overview_names_each_replicas_health_in_French()
    {
        var page = await platform.SignInAsync();

        var health = page.GetByTestId("platform-health");

        await Assertions.Expect(health).ToContainTextAsync("En bonne santé");
        await Assertions.Expect(health).Not.ToContainTextAsync("Healthy");
        await Assertions.Expect(page.GetByTestId("growth-total")).ToContainTextAsync("Signataires : ");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_English_interface_writes_dates_with_the_month_in_words_labels_for_codes_and_English_punctuation()
    {
        // Given an application received today, and the interface in English
        var name = Arrange.UniqueName("Dated Bytes");
        await Arrange.ApplicationAsync(platform.Gateway, name);
        var page = await platform.SignInAsync();
        await page.GetByTestId("language-toggle").ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Overview" }).WaitForAsync();

        // Then the overview's figures read "Signatories: n", with no French space before the colon
        await Assertions.Expect(page.GetByTestId("growth-total")).ToContainTextAsync("Signatories: ");
        await Assertions.Expect(page.GetByTestId("growth-total")).Not.ToContainTextAsync("Signatories :");

        // And the application shows its date as "3 Dec 2026" and its codes as words
        await page.OpenAsync("Applications", "Applications and signatories");
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Paris).ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en"));
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = name });
        await Assertions.Expect(row).ToContainTextAsync(today);
        await Assertions.Expect(row).ToContainTextAsync("User companies · SME (10 to 249) · Brittany");
        await Assertions.Expect(row).Not.ToContainTextAsync("bretagne");
        await Assertions.Expect(row).ToContainTextAsync("Contact: Camille Martin");
        await Assertions.Expect(row).Not.ToContainTextAsync(new Regex(@"\S :"));
        await Screenshots.SaveAsync(page, "applications-en");
        await page.Context.CloseAsync();
    }
}
