using System.Net.Http.Json;
using System.Text.Json;

namespace PlanetTechCare.Faults.Tests.Support;

/// <summary>The webhooks service's event feed: every event it forwarded, once per row.</summary>
public static class EventFeed
{
    private const string TypePrefix = "org.planet-techcare.";

    /// <summary>How many feed rows of <paramref name="eventType"/> (e.g. <c>signatory.approved</c>) name each id in <paramref name="idProperty"/> of their data.</summary>
    public static async Task<Dictionary<Guid, int>> CountByIdAsync(HttpClient staff, string eventType, string idProperty)
    {
        var counts = new Dictionary<Guid, int>();
        long after = 0;
        while (true)
        {
            var page = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/webhooks/events?after={after}&limit=500");
            var events = page.GetProperty("events").EnumerateArray().ToList();
            foreach (var cloudEvent in events.Where(e => e.GetProperty("type").GetString() == TypePrefix + eventType))
            {
                var id = cloudEvent.GetProperty("data").GetProperty(idProperty).GetGuid();
                counts[id] = counts.GetValueOrDefault(id) + 1;
            }

            if (events.Count == 0)
            {
                return counts;
            }

            after = page.GetProperty("next").GetInt64();
        }
    }
}
