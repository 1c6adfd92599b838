using Microsoft.Playwright;
using PlanetTechCare.BrowserSupport;

namespace PlanetTechCare.Benchmarks;

/// <summary>
/// The staff dashboard's pages as a staff member's browser loads them: Debian's Chromium, headless,
/// signed in, each view in a new browser context (a cold cache, as EcoIndex counts), counted once the
/// page has settled. Reports the bytes each page transfers (responses and the Blazor circuit's frames),
/// its EcoIndex grade, and the CPU a view costs the platform's processes (the browser's own is not counted).
/// </summary>
public static class PageViewsBenchmark
{
    public static async Task<IReadOnlyList<Figure>> RunAsync(RunningPlatform platform, int rounds)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = await Chromium.EnsureInstalledAsync(), Headless = true });
        var dashboard = platform.App.GetEndpoint("dashboard");
        var signedIn = await SignedInStateAsync(browser, dashboard, platform.Identity);
        var paths = DashboardPages.Routable().Order().ToList();

        // A first round unmeasured: the dashboard and the services compile what the pages call.
        await ViewEachAsync(browser, dashboard, signedIn, paths);
        var before = ProcessorTime.Now(platform);
        var views = new List<PageFootprint>();
        for (var round = 0; round < rounds; round++)
        {
            views.AddRange(await ViewEachAsync(browser, dashboard, signedIn, paths));
        }

        var after = ProcessorTime.Now(platform);
        var figures = views.GroupBy(view => view.Path).Select(page => new Figure(
                "page views", $"staff page {page.Key}: KB per view (cold cache), EcoIndex {page.Last().Score} {page.Last().Grade}",
                page.Average(view => view.Kilobytes), "KB", Goal: "grade B or better", Met: page.All(view => view.Score > 70)))
            .ToList();
        figures.Add(new Figure("page views", "every staff page: KB per view (cold cache)", views.Average(view => view.Kilobytes), "KB"));
        figures.AddRange(ProcessorTime.PerOperation("page views", "staff page view (the page and its circuit, rendered and settled)", before, after, views.Count));
        return figures;
    }

    private static async Task<List<PageFootprint>> ViewEachAsync(IBrowser browser, Uri dashboard, string signedIn, IEnumerable<string> paths)
    {
        var views = new List<PageFootprint>();
        foreach (var path in paths)
        {
            await using var context = await NewContextAsync(browser, dashboard, signedIn);
            var page = await context.NewPageAsync();
            views.Add(await PageFootprint.MeasureAsync(page, path, path, page.Locator(".mud-typography-h4").First));
        }

        return views;
    }

    /// <summary>The admin's cookies, after one journey through the sign-in page.</summary>
    private static async Task<string> SignedInStateAsync(IBrowser browser, Uri dashboard, TestIdentity identity)
    {
        await using var context = await NewContextAsync(browser, dashboard, storageState: null);
        var page = await context.NewPageAsync();
        await page.SignInAsync(dashboard, TestIdentity.AdminEmail, identity.AdminPassword);
        return await context.StorageStateAsync();
    }

    private static async Task<IBrowserContext> NewContextAsync(IBrowser browser, Uri dashboard, string? storageState)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = dashboard.ToString(),
            ViewportSize = new ViewportSize { Width = 1440, Height = 1000 },
            StorageState = storageState,
            Locale = "en-GB",
        });
        context.SetDefaultTimeout(30_000);
        return context;
    }
}
