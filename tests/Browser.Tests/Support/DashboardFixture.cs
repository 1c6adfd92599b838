using Microsoft.Playwright;
namespace PlanetTechCare.Browser.Tests.Support;

/// <summary>
/// The whole platform started by the AppHost, as in the end-to-end tests, and Debian's Chromium
/// driven by Playwright, headless. One browser for the collection; each test signs in in its own
/// browser context.
/// </summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    private readonly PlatformFixture _platform = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _signedIn;

    public DistributedApplication App => _platform.App;

    public TestIdentity Identity => _platform.Identity;

    /// <summary>Anonymous calls through the gateway, as the public makes them.</summary>
    public HttpClient Gateway => _platform.Gateway;

    /// <summary>Calls through the gateway with a token allowed every scope, to arrange what a test needs.</summary>
    public HttpClient Staff => _platform.Staff;

    public Uri Dashboard => App.GetEndpoint("dashboard");

    public async Task InitializeAsync()
    {
        var chromium = await Chromium.EnsureInstalledAsync();
        await _platform.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true });
    }

    /// <summary>
    /// A new browser context signed in as the admin staff member, on the overview page. The first
    /// one goes through the identity service's sign-in page (its browser asks for English); later
    /// ones reuse its cookies unless <paramref name="throughSignInPage"/> asks for the whole journey again.
    /// </summary>
    public async Task<IPage> SignInAsync(bool throughSignInPage = false)
    {
        var reuse = throughSignInPage ? null : _signedIn;
        var page = await NewPageAsync("en-GB", reuse);
        if (reuse is null)
        {
            await page.SignInAsync(Dashboard, TestIdentity.AdminEmail, Identity.AdminPassword);
        }
        else
        {
            await page.GotoAsync("/");
        }

        await page.GetByRole(AriaRole.Heading, new() { Name = "Vue d'ensemble" }).WaitForAsync();
        _signedIn ??= await page.Context.StorageStateAsync();
        return page;
    }

    /// <summary>
    /// A page of a new browser context holding the admin's sign-in cookies and nothing else (an empty
    /// cache), on no page yet: what a staff member's browser loads is then all counted.
    /// </summary>
    public async Task<IPage> NewSignedInPageAsync()
    {
        if (_signedIn is null)
        {
            await (await SignInAsync()).Context.CloseAsync();
        }

        return await NewPageAsync("en-GB", _signedIn);
    }

    /// <summary>A page of a new browser context, not signed in, whose browser asks for <paramref name="locale"/> (Accept-Language).</summary>
    public async Task<IPage> NewPageAsync(string locale, string? storageState = null)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Dashboard.ToString(),
            ViewportSize = new ViewportSize { Width = 1440, Height = 1000 },
            StorageState = storageState,
            Locale = locale,
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>A new anonymous browser context on <paramref name="baseUrl"/> (the gateway's public pages).</summary>
    public async Task<IPage> AnonymousPageAsync(Uri baseUrl)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = 1440, Height = 1000 },
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _platform.DisposeAsync();
    }
}
