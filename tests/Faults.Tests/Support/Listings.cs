using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PlanetTechCare.Faults.Tests.Support;

/// <summary>The directory's listings of approved providers, as staff see them.</summary>
public static class Listings
{
    /// <summary>Waits until each provider's listing exists in good standing, then checks the moderation queue holds it once.</summary>
    public static async Task AssertEachHasOneAsync(HttpClient staff, IReadOnlyCollection<Guid> providers)
    {
        foreach (var provider in providers)
        {
            await Eventually.HoldsAsync(async () =>
            {
                using var response = await staff.GetAsync($"/api/v1/directory/staff/listings/{provider}");
                return response.StatusCode == HttpStatusCode.OK;
            }, $"provider {provider} has a directory listing", timeoutSeconds: 120);
        }

        var queued = new List<Guid>();
        for (var page = 1; ; page++)
        {
            var queue = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/directory/staff/listings/queue?page={page}&pageSize=100");
            var items = queue.GetProperty("items").EnumerateArray().ToList();
            queued.AddRange(items.Select(item => item.GetProperty("listing").GetProperty("id").GetGuid()));
            if (items.Count < 100)
            {
                break;
            }
        }

        Assert.All(providers, provider => Assert.Single(queued, provider));
    }
}
