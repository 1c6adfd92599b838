using System.Net;
using System.Net.Http.Headers;
using PlanetTechCare.Identity.Tests.Support;

namespace PlanetTechCare.Identity.Tests;

[Collection(IdentityCollection.Name)]
public sealed class SignInPageTests(IdentityFixture fixture)
{
    private readonly AdminApi _admin = new(fixture);

    [Fact]
    public async Task Sign_in_page_links_its_own_stylesheet_under_a_policy_that_allows_styles_from_this_site_only()
    {
        using var browser = new BrowserSession(fixture.Endpoint);

        using var page = await browser.GetAsync("/account/login");
        using var stylesheet = await browser.GetAsync("/account/sign-in.css");

        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal("default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; frame-ancestors 'none'",
            page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("""<link rel="stylesheet" href="/account/sign-in.css">""", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, stylesheet.StatusCode);
        Assert.Equal("text/css", stylesheet.Content.Headers.ContentType?.MediaType);
        Assert.Contains("font-family: Roboto", await stylesheet.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null, "fr", "Connexion de l&#x27;équipe", "Mot de passe")]
    [InlineData("en-GB,en;q=0.9,fr;q=0.5", null, "en", "Staff sign-in", "Password")]
    [InlineData("de-DE,fr;q=0.4,en;q=0.8", null, "en", "Staff sign-in", "Password")]
    [InlineData("en-GB", "fr", "fr", "Connexion de l&#x27;équipe", "Mot de passe")]
    [InlineData("fr-FR", "en", "en", "Staff sign-in", "Password")]
    public async Task Sign_in_page_speaks_the_language_chosen_else_the_browsers_else_French(string? acceptLanguage, string? lang, string expected, string heading, string passwordLabel)
    {
        using var browser = new BrowserSession(fixture.Endpoint);
        using var request = new HttpRequestMessage(HttpMethod.Get, lang is null ? "/account/login" : $"/account/login?lang={lang}");
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        using var page = await browser.Http.SendAsync(request);

        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains($"""<html lang="{expected}">""", html, StringComparison.Ordinal);
        Assert.Contains($"<h1>{heading}</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"<label>{passwordLabel} <input", html, StringComparison.Ordinal);
        Assert.Equal(expected, page.Content.Headers.ContentLanguage.Single());
    }

    [Fact]
    public async Task Sign_in_page_speaks_the_language_the_dashboard_asks_for_in_ui_locales()
    {
        using var browser = new BrowserSession(fixture.Endpoint);
        browser.Http.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("fr"));
        using var authorize = await browser.GetAsync(AuthorizationCodeFlow.AuthorizeUrl("openid", Pkce.New()) + "&ui_locales=en");

        using var page = await browser.GetAsync(authorize.Headers.Location!.PathAndQuery);

        Assert.Contains("<h1>Staff sign-in</h1>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_is_told_in_the_language_of_the_page_it_was_typed_in()
    {
        var (_, email, password) = await _admin.CreateStaffAsync("staff");
        using var browser = new BrowserSession(fixture.Endpoint);

        using var english = await browser.SignInAsync("/account/login?lang=en", email, password + "-wrong");
        using var french = await browser.SignInAsync("/account/login", email, password + "-wrong");

        Assert.Equal(HttpStatusCode.BadRequest, english.StatusCode);
        Assert.Contains("Wrong e-mail or password.", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, french.StatusCode);
        Assert.Contains("E-mail ou mot de passe incorrect.", await french.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_too_short_new_password_is_told_in_the_language_of_the_page_it_was_typed_in()
    {
        // Given two staff members at the page that replaces their one-time password, one in English and one in French
        var (_, englishEmail, englishOneTime) = await _admin.CreateStaffAsync("staff");
        var (_, frenchEmail, frenchOneTime) = await _admin.CreateStaffAsync("staff");
        using var englishBrowser = new BrowserSession(fixture.Endpoint);
        using var frenchBrowser = new BrowserSession(fixture.Endpoint);
        using var englishPage = await englishBrowser.SignInAsync("/account/login?lang=en", englishEmail, englishOneTime);
        using var frenchPage = await frenchBrowser.SignInAsync("/account/login", frenchEmail, frenchOneTime);

        // When each chooses a password shorter than the rule
        using var english = await englishBrowser.ChangePasswordAsync(englishPage, "short");
        using var french = await frenchBrowser.ChangePasswordAsync(frenchPage, "short");

        // Then each is told the rule in the page's language
        Assert.Equal(HttpStatusCode.BadRequest, english.StatusCode);
        Assert.Contains("""<p class="error" role="alert">Passwords must be at least 12 characters.</p>""", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, french.StatusCode);
        var frenchHtml = await french.Content.ReadAsStringAsync();
        Assert.Contains("""<p class="error" role="alert">Le mot de passe doit compter au moins 12 caractères.</p>""", frenchHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Passwords must", frenchHtml, StringComparison.Ordinal);
    }
}
