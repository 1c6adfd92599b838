using Microsoft.Playwright;
using PlanetTechCare.Browser.Tests.Support;

namespace PlanetTechCare.Browser.Tests;

[Collection(DashboardCollection.Name)]
public sealed class PagesTests(DashboardFixture platform)
{
    public static TheoryData<string, string, string> Pages => new()
    {
        { "Candidatures", "Candidatures et signataires", "applications" },
        { "Ateliers", "Ateliers", "workshops" },
        { "Bibliothèque", "Bibliothèque", "library" },
        { "Annuaire", "Annuaire des prestataires", "directory" },
        { "Intégrations", "Intégrations", "integrations" },
        { "Messages en échec", "Messages en échec", "failed-messages" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Each_page_loads_its_data_from_the_API_without_a_problem(string menuEntry, string heading, string screenshot)
    {
        var page = await platform.SignInAsync();

        await page.OpenAsync(menuEntry, heading);

        await page.ExpectNoProblemAsync();
        await Screenshots.SaveAsync(page, screenshot);
        await page.Context.CloseAsync();
    }
}
