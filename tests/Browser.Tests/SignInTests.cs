using Microsoft.Playwright;
using PlanetTechCare.Browser.Tests.Support;

namespace PlanetTechCare.Browser.Tests;

[Collection(DashboardCollection.Name)]
public sealed class SignInTests(DashboardFixture platform)
{
    [Fact]
    public async Task Staff_member_signs_in_at_the_identity_service_and_lands_on_the_overview()
    {
        var page = await platform.SignInAsync(throughSignInPage: true);

        await Assertions.Expect(page.GetByTestId("signed-in-as")).ToContainTextAsync("Administrator");
        await Assertions.Expect(page.GetByTestId("platform-health")).ToContainTextAsync("En bonne santé");
        await Screenshots.SaveAsync(page, "overview");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_interface_switches_to_English_and_back()
    {
        var page = await platform.SignInAsync();

        await page.GetByTestId("language-toggle").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Overview" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "overview-en");
        await page.GetByTestId("language-toggle").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Vue d'ensemble" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
