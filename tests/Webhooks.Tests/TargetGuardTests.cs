using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using PlanetTechCare.Webhooks.Extensions;
using PlanetTechCare.Webhooks.Services;
using PlanetTechCare.Webhooks.Tests.Support;

namespace PlanetTechCare.Webhooks.Tests;

[Collection(WebhooksCollection.Name)]
public sealed class TargetGuardTests(WebhooksFixture fixture)
{
    private readonly WebhooksDriver _driver = new(fixture);

    [Theory]
    [InlineData("https://10.0.0.1/hook")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://192.168.1.20/hook")]
    [InlineData("https://172.16.5.4/hook")]
    [InlineData("https://100.64.0.1/hook")]
    [InlineData("https://0.0.0.0/hook")]
    [InlineData("https://[fd00:ec2::254]/hook")]
    [InlineData("https://[fe80::1]/hook")]
    [InlineData("https://[::ffff:10.0.0.1]/hook")]
    public async Task Private_targets_are_refused_and_nothing_is_created(string url)
    {
        var before = await _driver.TotalSubscriptionsAsync();
        using var response = await _driver.Http.PostAsJsonAsync($"{WebhooksDriver.Base}/subscriptions", new { url, eventTypes = new[] { "workshop.held" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"url\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await _driver.TotalSubscriptionsAsync());
    }

    [Theory]
    [InlineData("https://localhost/hook")]
    [InlineData("https://127.0.0.1/hook")]
    [InlineData("https://[::1]/hook")]
    [InlineData("https://10.1.2.3/hook")]
    [InlineData("https://169.254.169.254/")]
    [InlineData("https://224.0.0.1/")]
    [InlineData("https://[ff02::1]/")]
    [InlineData("http://93.184.215.14/hook")]
    public async Task Without_loopback_allowed_the_guard_refuses_loopback_private_and_plain_http(string url)
    {
        var guard = new TargetGuard(Options.Create(new WebhooksOptions { AllowLoopbackHttp = false }));
        Assert.NotNull(await guard.RefusalAsync(new Uri(url), CancellationToken.None));
    }

    [Theory]
    [InlineData("https://93.184.215.14/hook")]
    [InlineData("https://[2606:4700::1111]/hook")]
    public async Task Public_https_addresses_pass_the_guard(string url)
    {
        var guard = new TargetGuard(Options.Create(new WebhooksOptions { AllowLoopbackHttp = false }));
        Assert.Null(await guard.RefusalAsync(new Uri(url), CancellationToken.None));
    }

    [Fact]
    public async Task A_connection_to_a_loopback_address_is_refused_when_loopback_is_not_allowed()
    {
        var guard = new TargetGuard(Options.Create(new WebhooksOptions { AllowLoopbackHttp = false }));
        using var http = new HttpClient(new SocketsHttpHandler { ConnectCallback = guard.ConnectAsync });
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(_driver.Receiver.Address));
    }
}
