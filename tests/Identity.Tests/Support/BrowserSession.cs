using System.Net;
using System.Text.RegularExpressions;

namespace PlanetTechCare.Identity.Tests.Support;

/// <summary>
/// A browser as the dashboard's user drives it: keeps cookies, follows no redirect by itself,
/// so each step of the authorization code flow can be looked at.
/// </summary>
public sealed partial class BrowserSession : IDisposable
{
    private readonly HttpClient _http;

    public BrowserSession(Uri endpoint)
    {
        _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = endpoint,
        };
    }

    public HttpClient Http => _http;

    public Task<HttpResponseMessage> GetAsync(string pathOrUrl) => _http.GetAsync(pathOrUrl);

    /// <summary>Opens the sign-in page and posts it with its antiforgery token.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string loginPageUrl, string email, string password)
    {
        using var page = await _http.GetAsync(loginPageUrl);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        return await _http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HiddenField(html, "__RequestVerificationToken"),
            ["returnUrl"] = HiddenField(html, "returnUrl"),
            ["lang"] = HiddenField(html, "lang"),
            ["email"] = email,
            ["password"] = password,
        }));
    }

    /// <summary>Answers the page that replaces a one-time password.</summary>
    public async Task<HttpResponseMessage> ChangePasswordAsync(HttpResponseMessage changePage, string newPassword, string? confirmation = null)
    {
        var html = await changePage.Content.ReadAsStringAsync();
        return await _http.PostAsync("/account/password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HiddenField(html, "__RequestVerificationToken"),
            ["email"] = HiddenField(html, "email"),
            ["changeToken"] = HiddenField(html, "changeToken"),
            ["returnUrl"] = HiddenField(html, "returnUrl"),
            ["lang"] = HiddenField(html, "lang"),
            ["newPassword"] = newPassword,
            ["confirmPassword"] = confirmation ?? newPassword,
        }));
    }

    public static async Task<bool> IsChangePasswordPageAsync(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync()).Contains("name=\"changeToken\"", StringComparison.Ordinal);

    public static string HiddenField(string html, string name)
    {
        var match = Regex.Match(html, $"""name="{Regex.Escape(name)}" value="([^"]*)" """.TrimEnd());
        Assert.True(match.Success, $"No hidden field {name} in the page.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public void Dispose() => _http.Dispose();
}
