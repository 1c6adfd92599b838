using Microsoft.Playwright;
using PlanetTechCare.Browser.Tests.Support;

namespace PlanetTechCare.Browser.Tests;

[Collection(DashboardCollection.Name)]
public sealed class SignInPageTests(DashboardFixture platform)
{
    [Fact]
    public async Task Sign_in_page_has_the_dashboards_look_under_its_own_policy_without_a_violation()
    {
        // Given a French browser that opens the dashboard, not signed in
        var page = await platform.NewPageAsync("fr-FR");
        var console = new List<string>();
        var elsewhere = new List<string>();
        page.Console += (_, message) => console.Add($"{message.Type}: {message.Text}");
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith("http://localhost", StringComparison.Ordinal) && !request.Url.StartsWith("http://127.0.0.1", StringComparison.Ordinal))
            {
                elsewhere.Add(request.Url);
            }
        };

        // When it lands on the identity service's sign-in page
        var signIn = await page.RunAndWaitForResponseAsync(() => page.GotoAsync("/"), response => response.Url.Contains("/account/login", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Heading, new() { Name = "Connexion de l'équipe" }).WaitForAsync();

        // Then its stylesheet applies (the dashboard's fonts and green bar), nothing is refused, nothing is fetched elsewhere
        var policy = await signIn.HeaderValueAsync("content-security-policy");
        Assert.StartsWith("default-src 'none';", policy, StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("Roboto", await page.EvaluateAsync<string>("getComputedStyle(document.body).fontFamily"), StringComparison.Ordinal);
        Assert.Equal("rgb(0, 200, 83)", await page.Locator("header.bar").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        Assert.Equal("rgb(89, 74, 226)", await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        Assert.DoesNotContain(console, line => line.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || line.Contains("Refused to", StringComparison.Ordinal));
        Assert.Empty(elsewhere);
        await Assertions.Expect(page.GetByLabel("Mot de passe")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "sign-in-fr");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Sign_in_page_speaks_the_browsers_language_switches_and_says_a_wrong_password_in_it()
    {
        // Given an English browser on the sign-in page
        var page = await platform.NewPageAsync("en-GB");
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Staff sign-in" }).WaitForAsync();

        // When a wrong password is given, then the error is in English
        await page.GetByLabel("E-mail").FillAsync(TestIdentity.AdminEmail);
        await page.GetByLabel("Password").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Wrong e-mail or password.");

        // When the page is switched to French, then it and its errors speak French
        await page.GetByRole(AriaRole.Link, new() { Name = "Français" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Connexion de l'équipe" }).WaitForAsync();
        await page.GetByLabel("E-mail").FillAsync(TestIdentity.AdminEmail);
        await page.GetByLabel("Mot de passe").FillAsync("pas-le-mot-de-passe");
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("E-mail ou mot de passe incorrect.");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");

        // And the right password still signs in from the French page
        await page.GetByLabel("Mot de passe").FillAsync(platform.Identity.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Vue d'ensemble" }).WaitForAsync();
        await page.Context.CloseAsync();
    }
}
