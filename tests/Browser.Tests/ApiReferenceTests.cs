using System.Collections.Concurrent;
using Microsoft.Playwright;
using PlanetTechCare.Browser.Tests.Support;

namespace PlanetTechCare.Browser.Tests;

/// <summary>The interactive API reference at the gateway's <c>/docs</c>, as a partner's developer opens it.</summary>
[Collection(DashboardCollection.Name)]
public sealed class ApiReferenceTests(DashboardFixture platform)
{
    [Fact]
    public async Task The_reference_loads_nothing_from_elsewhere_and_offers_no_vendor_AI_share_or_deploy_buttons()
    {
        var gateway = platform.App.GetEndpoint("gateway");
        var page = await platform.AnonymousPageAsync(gateway);
        var elsewhere = new ConcurrentQueue<string>();
        var refused = new ConcurrentQueue<string>();
        page.Request += (_, request) =>
        {
            var address = new Uri(request.Url);
            if (address.Scheme is "http" or "https" && address.Authority != gateway.Authority)
            {
                elsewhere.Enqueue(request.Url);
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                refused.Enqueue(message.Text);
            }
        };

        await page.GotoAsync("/docs");
        await page.GetByText("Getting a token.").First.WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Screenshots.SaveAsync(page, "api-reference");

        Assert.Empty(elsewhere);
        Assert.Empty(refused);
        var text = await page.Locator("body").InnerTextAsync();
        Assert.Contains("Planet Tech'Care signatories API", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ask AI", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Deploy", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Share", text, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
