using System.Net;
using PlanetTechCare.Identity.Tests.Support;

namespace PlanetTechCare.Identity.Tests;

[Collection(IdentityCollection.Name)]
public sealed class StaffAccountTests(IdentityFixture fixture)
{
    private readonly AdminApi _admin = new(fixture);

    [Fact]
    public async Task Created_account_is_listed_with_its_role_and_without_its_password()
    {
        var (id, email, password) = await _admin.CreateStaffAsync("admin");

        var list = await _admin.SendForJsonAsync(HttpMethod.Get, "/api/v1/identity/staff?pageSize=100");

        var text = list.ToString();
        var account = list.GetProperty("items").EnumerateArray().Single(item => item.GetProperty("id").GetString() == id);
        Assert.Equal(email, account.GetProperty("email").GetString());
        Assert.Equal("admin", account.GetProperty("role").GetString());
        Assert.DoesNotContain(password, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Same_email_twice_is_a_conflict()
    {
        var (_, email, _) = await _admin.CreateStaffAsync("staff");

        using var again = await _admin.SendAsync(HttpMethod.Post, "/api/v1/identity/staff", new { email, displayName = "Twice", role = "staff" });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Disabled_account_can_no_longer_sign_in()
    {
        var (id, email, password) = await _admin.CreateStaffAsync("staff");

        var disabled = await _admin.SendForJsonAsync(HttpMethod.Post, $"/api/v1/identity/staff/{id}/disable");

        Assert.True(disabled.GetProperty("disabled").GetBoolean());
        using var browser = new BrowserSession(fixture.Endpoint);
        using var signIn = await browser.SignInAsync("/account/login", email, password);
        Assert.Equal(HttpStatusCode.Forbidden, signIn.StatusCode);
    }
}
