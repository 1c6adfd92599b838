using System.Net;
using PlanetTechCare.Identity.Tests.Support;

namespace PlanetTechCare.Identity.Tests;

[Collection(IdentityCollection.Name)]
public sealed class LockoutTests(IdentityFixture fixture)
{
    private readonly AdminApi _admin = new(fixture);

    [Fact]
    public async Task After_five_wrong_passwords_the_right_one_is_refused()
    {
        var (_, email, password) = await _admin.CreateStaffAsync("staff");
        using var browser = new BrowserSession(fixture.Endpoint);
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await browser.SignInAsync("/account/login", email, password + "-wrong");
            Assert.NotEqual(HttpStatusCode.Redirect, wrong.StatusCode);
        }

        using var right = await browser.SignInAsync("/account/login", email, password);

        Assert.Equal(HttpStatusCode.Forbidden, right.StatusCode);
        Assert.Contains("verrouillé", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var authorize = await browser.GetAsync(AuthorizationCodeFlow.AuthorizeUrl("openid", Pkce.New()));
        Assert.Equal("/account/login", authorize.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Four_wrong_passwords_do_not_lock_the_account()
    {
        var (_, email, password) = await _admin.CreateStaffAsync("staff");
        using var browser = new BrowserSession(fixture.Endpoint);
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await browser.SignInAsync("/account/login", email, password + "-wrong");
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        using var right = await browser.SignInAsync("/account/login", email, password);

        Assert.True(await BrowserSession.IsChangePasswordPageAsync(right), $"{(int)right.StatusCode}");
    }

    [Fact]
    public async Task Sign_in_form_posted_without_its_antiforgery_token_is_refused()
    {
        var (_, email, password) = await _admin.CreateStaffAsync("staff");
        using var browser = new BrowserSession(fixture.Endpoint);

        using var response = await browser.Http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email,
            ["password"] = password,
            ["returnUrl"] = "/account/login",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }
}
