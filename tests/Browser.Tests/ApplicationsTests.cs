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
    public async Task Rejecting_without_a_reason_or_once_approved_shows_the_API_problem_once_in_the_interfaces_language()
    {
        var name = Arrange.UniqueName("Sans Motif");
        var id = await Arrange.ApplicationAsync(platform.Gateway, name);
        var page = await platform.SignInAsync();
        await page.OpenAsync("Candidatures", "Candidatures et signataires");
        var reject = page.GetByRole(AriaRole.Row).Filter(new() { HasText = name }).GetByRole(AriaRole.Button, new() { Name = "Rejeter" });

        await reject.ClickAsync();

        var problem = page.GetByTestId("problem");
        await Assertions.Expect(problem).ToContainTextAsync("La demande n'est pas valide.");
        await Assertions.Expect(problem).ToContainTextAsync("Motif : Ce champ est obligatoire.");
        await Assertions.Expect(problem).Not.ToContainTextAsync("validation errors");
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToHaveCountAsync(0);

        // When another staff member approves it meanwhile, and this one rejects it with a reason
        await Arrange.DecideAsync(platform.Staff, id, "approve");
        await page.Field("reason").FillAsync("Dossier incomplet");
        await reject.ClickAsync();

        // Then the refusal says why in French, the statuses named as the interface names them
        await Assertions.Expect(problem).ToContainTextAsync("Impossible dans l'état actuel. Un signataire ne peut pas passer de « Approuvé » à « Rejeté ».");
        await Assertions.Expect(problem).Not.ToContainTextAsync("cannot go from");
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_pending_application_shows_its_description_website_contact_and_signer_before_the_decision()
    {
        var name = Arrange.UniqueName("Dossier Complet");
        await Arrange.ApplicationAsync(platform.Gateway, name);
        var page = await platform.SignInAsync();

        await page.OpenAsync("Candidatures", "Candidatures et signataires");

        var file = page.GetByTestId($"file-{name}");
        await Assertions.Expect(file).ToContainTextAsync("Nous mesurons l'empreinte de nos services numériques.");
        await Assertions.Expect(file).ToContainTextAsync("https://octet-sobre.example");
        await Assertions.Expect(file).ToContainTextAsync("Camille Martin (DSI) · camille@example.fr");
        await Assertions.Expect(file).ToContainTextAsync("Dominique Leroy (Directrice)");
        await Assertions.Expect(file).ToContainTextAsync("Entreprises utilisatrices · PME (10 à 249) · Bretagne");
        await Screenshots.SaveAsync(page, "applications-file");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Staff_find_a_suspended_signatory_by_name_and_reinstate_it()
    {
        // Given a signatory suspended for a reason
        var name = Arrange.UniqueName("Suspendue Puis");
        var id = await Arrange.ApplicationAsync(platform.Gateway, name);
        await Arrange.DecideAsync(platform.Staff, id, "approve");
        await Arrange.DecideAsync(platform.Staff, id, "suspend", "Engagement non tenu");
        var page = await platform.SignInAsync();
        await page.OpenAsync("Candidatures", "Candidatures et signataires");

        // When staff search the suspended ones by name and reinstate it
        await page.GetByText("Suspendus et retirés", new() { Exact = true }).ClickAsync();
        await page.Field("inactive-search").FillAsync(name);
        await page.GetByTestId("inactive-filter").ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = name });
        await Assertions.Expect(row).ToContainTextAsync("Suspendu");
        await Assertions.Expect(row).ToContainTextAsync("Engagement non tenu");
        await page.GetByTestId($"reinstate-{name}").ClickAsync();
        await Assertions.Expect(page.GetByText("Décision enregistrée.")).ToBeVisibleAsync();

        // Then it is approved again, and its history reads in words
        await page.ExpectNoProblemAsync();
        var details = await platform.Staff.GetFromJsonAsync<JsonElement>($"/api/v1/signatories/staff/{id}");
        Assert.Equal("Approved", details.GetProperty("status").GetString());
        await Assertions.Expect(row).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
