using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using PlanetTechCare.Browser.Tests.Support;

namespace PlanetTechCare.Browser.Tests;

[Collection(DashboardCollection.Name)]
public sealed class FootprintTests(DashboardFixture platform) : IAsyncLifetime
{
    /// <summary>The rows a dashboard list shows a page.</summary>
    private const int FullPage = 20;

    private readonly List<Guid> _pendingApplications = [];
    private readonly HashSet<string> _approvedProviders = [];

    [Fact]
    public async Task Every_dashboard_page_grades_B_or_better_on_EcoIndex_with_its_lists_full()
    {
        // Given a full first page in every list, and a failed message
        await FullListsAsync();
        await using var parked = await ParkedMessages.ParkAsync(platform.App, "Footprint probe: the consumer failed.");

        // When each page is loaded, signed in, in a new browser context
        var footprints = new List<PageFootprint>();
        foreach (var (name, path, content) in Pages(parked.ErrorQueue))
        {
            var page = await platform.NewSignedInPageAsync();
            footprints.Add(await PageFootprint.MeasureAsync(page, name, path, content(page)));
            await page.ExpectNoProblemAsync();
            await page.Context.CloseAsync();
        }

        var report = await FootprintReport.WriteAsync("dashboard", footprints);

        // Then every page of the dashboard was measured, and each grades B or better
        Assert.Equal(DashboardPages.Routable().Order(), footprints.Select(footprint => footprint.Path).Order());
        Assert.All(footprints, footprint => Assert.True(footprint.Score > 70,
            $"{footprint.Page} scores {footprint.Score} ({footprint.Grade}): {footprint.DomElements} DOM elements, {footprint.Requests} requests, {footprint.Kilobytes:0.0} KB (see {report})."));
    }

    /// <summary>Each page, its address, and what shows once its own content is there.</summary>
    private static IEnumerable<(string Name, string Path, Func<IPage, ILocator> Content)> Pages(string errorQueue) =>
    [
        ("Vue d'ensemble", "/", page => page.GetByTestId("platform-health").Locator("tbody tr").First),
        ("Candidatures", "/applications", LastRowOfAFullPage),
        ("Ateliers", "/workshops", LastRowOfAFullPage),
        ("Bibliothèque", "/library", LastRowOfAFullPage),
        ("Annuaire", "/directory", LastRowOfAFullPage),
        ("Intégrations", "/integrations", LastRowOfAFullPage),
        ("Messages en échec", "/failed-messages", page => page.GetByTestId($"show-{errorQueue}")),
    ];

    private static ILocator LastRowOfAFullPage(IPage page) => page.Locator(".mud-table tbody tr").Nth(FullPage - 1);

    /// <summary>A page of rows more in each list: pending applications, providers awaiting moderation, workshops, library items, API clients.</summary>
    private async Task FullListsAsync()
    {
        var queued = (await ModerationQueueAsync()).Count;
        for (var i = 0; i < FullPage; i++)
        {
            _pendingApplications.Add(await Arrange.ApplicationAsync(platform.Gateway, Arrange.UniqueName("Candidate Sobre")));
            var provider = Arrange.UniqueName("Prestataire Sobre");
            await Arrange.DecideAsync(platform.Staff, await Arrange.ApplicationAsync(platform.Gateway, provider, "digital-service-provider"), "approve");
            _approvedProviders.Add(provider);
            // Seven years ahead: below the other tests' workshops (eight years ahead) in the staff list, which shows the latest first.
            await ArrangeWorkshops.ScheduledAsync(platform.Staff, Arrange.UniqueName("Atelier Sobre"), capacity: 150, yearsAhead: 7);
            await Arrange.PublishedFrenchItemAsync(platform.Staff, Arrange.UniqueName("Guide Sobre"));
            // Client ids start with the organisation's name and the list is sorted by them: these come after the other tests' clients.
            await Arrange.ApiClientAsync(platform.Staff, Arrange.UniqueName("Client Sobre"), "Zéro Octet");
        }

        await Arrange.EventuallyAsync(async () => (await ModerationQueueAsync()).Count >= queued + FullPage, $"{FullPage} approved providers' listings in the moderation queue");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>
    /// Rejects the pending applications and publishes the listings this test made: those two lists show
    /// the oldest first, and the other tests look for theirs on the first page.
    /// </summary>
    public async Task DisposeAsync()
    {
        foreach (var application in _pendingApplications)
        {
            await Arrange.DecideAsync(platform.Staff, application, "reject", "Footprint measured.");
        }

        var listings = new List<Guid>();
        if (_approvedProviders.Count > 0)
        {
            await Arrange.EventuallyAsync(async () =>
            {
                listings = [.. (await ModerationQueueAsync()).Where(listing => _approvedProviders.Contains(listing.Name)).Select(listing => listing.Id)];
                return listings.Count == _approvedProviders.Count;
            }, "this test's listings in the moderation queue");
        }

        foreach (var listing in listings)
        {
            using var published = await platform.Staff.PostAsJsonAsync($"/api/v1/directory/staff/listings/{listing}/publish", new { });
            published.EnsureSuccessStatusCode();
        }
    }

    /// <summary>Every listing awaiting moderation: its id and its provider's name.</summary>
    private async Task<List<(Guid Id, string Name)>> ModerationQueueAsync()
    {
        var queue = new List<(Guid Id, string Name)>();
        for (var page = 1; ; page++)
        {
            var items = (await platform.Staff.GetFromJsonAsync<JsonElement>($"/api/v1/directory/staff/listings/queue?page={page}&pageSize=100")).GetProperty("items");
            queue.AddRange(items.EnumerateArray().Select(item => item.GetProperty("listing"))
                .Select(listing => (listing.GetProperty("id").GetGuid(), listing.GetProperty("name").GetString()!)));
            if (items.GetArrayLength() < 100)
            {
                return queue;
            }
        }
    }
}
