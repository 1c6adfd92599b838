using Microsoft.Playwright;
using PlanetTechCare.Browser.Tests.Support;

namespace PlanetTechCare.Browser.Tests;

[Collection(DashboardCollection.Name)]
public sealed class WorkshopsTests(DashboardFixture platform)
{
    [Fact]
    public async Task Staff_create_and_schedule_a_workshop_and_it_shows_in_the_calendar_feed()
    {
        // Given a workshop created from the dashboard (a draft, dated in a month, Paris time)
        var title = Arrange.UniqueName("Atelier mesure");
        var page = await platform.SignInAsync();
        await page.OpenAsync("Ateliers", "Ateliers");
        await page.GetByTestId("new-workshop").ClickAsync();
        await page.Field("title-fr").FillAsync(title);
        await page.GetByTestId("save-workshop").ClickAsync();
        await Assertions.Expect(page.GetByText("Atelier enregistré.")).ToBeVisibleAsync();

        // When staff schedule it
        await page.GetByTestId($"schedule-{title}").ClickAsync();
        await Assertions.Expect(page.GetByText("Atelier programmé.")).ToBeVisibleAsync();

        // Then the public calendar feed lists it
        await page.ExpectNoProblemAsync();
        await Arrange.EventuallyAsync(async () => (await platform.Gateway.GetStringAsync("/api/v1/workshops/calendar.ics")).Contains(title, StringComparison.Ordinal),
            $"{title} in the calendar feed");
        await page.Context.CloseAsync();
    }
}
