using System.Net.Http.Json;
using System.Text.Json;

namespace PlanetTechCare.Benchmarks;

/// <summary>Counts the events the webhooks service has recorded in its feed after a cursor.</summary>
public sealed class FeedCounter(HttpClient staff, long start)
{
    private long _cursor = start;
    private int _count;

    /// <summary>The cursor after every event recorded so far.</summary>
    public static async Task<long> EndAsync(HttpClient staff)
    {
        var counter = new FeedCounter(staff, 0);
        await counter.CountAsync();
        return counter._cursor;
    }

    public async Task<int> CountAsync()
    {
        while ((await staff.GetFromJsonAsync<JsonElement>($"/api/v1/webhooks/events?after={_cursor}&limit=500")) is var page
            && page.GetProperty("events").GetArrayLength() is > 0 and var read)
        {
            _count += read;
            _cursor = page.GetProperty("next").GetInt64();
        }

        return _count;
    }
}
