using System.Net;
using PlanetTechCare.Identity.Tests.Support;

namespace PlanetTechCare.Identity.Tests;

[Collection(IdentityCollection.Name)]
public sealed class OneTimePasswordTests(IdentityFixture fixture)
{
    private readonly AdminApi _admin = new(fixture);

    [Fact]
    public async Task One_time_password_must_be_replaced_at_first_sign_in_and_then_stops_working()
    {
        var (_, email, oneTimePassword) = await _admin.CreateStaffAsync("staff");
        var ownPassword = TestSecrets.New();
        using (var first = new BrowserSession(fixture.Endpoint))
        {
            using var changePage = await first.SignInAsync("/account/login", email, oneTimePassword);
            Assert.True(await BrowserSession.IsChangePasswordPageAsync(changePage));

            using var changed = await first.ChangePasswordAsync(changePage, ownPassword);

            Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        }

        using var later = new BrowserSession(fixture.Endpoint);
        using var withOneTime = await later.SignInAsync("/account/login", email, oneTimePassword);
        using var withOwn = await later.SignInAsync("/account/login", email, ownPassword);
        Assert.Equal(HttpStatusCode.BadRequest, withOneTime.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, withOwn.StatusCode);
    }

    [Theory]
    [InlineData("short", "short")]
    [InlineData("long-enough-password-1", "long-enough-password-2")]
    public async Task Refused_new_password_keeps_the_one_time_password(string newPassword, string confirmation)
    {
        var (_, email, oneTimePassword) = await _admin.CreateStaffAsync("staff");
        using var browser = new BrowserSession(fixture.Endpoint);
        using var changePage = await browser.SignInAsync("/account/login", email, oneTimePassword);

        using var refused = await browser.ChangePasswordAsync(changePage, newPassword, confirmation);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        using var again = await browser.SignInAsync("/account/login", email, oneTimePassword);
        Assert.True(await BrowserSession.IsChangePasswordPageAsync(again));
    }

    [Fact]
    public async Task Keeping_the_one_time_password_is_refused()
    {
        var (_, email, oneTimePassword) = await _admin.CreateStaffAsync("staff");
        using var browser = new BrowserSession(fixture.Endpoint);
        using var changePage = await browser.SignInAsync("/account/login", email, oneTimePassword);

        using var refused = await browser.ChangePasswordAsync(changePage, oneTimePassword);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }
}
