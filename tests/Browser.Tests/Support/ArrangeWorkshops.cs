using System.Net.Http.Json;
using System.Text.Json;

namespace PlanetTechCare.Browser.Tests.Support;

/// <summary>Workshops and their registrations, made through the API before a test opens the dashboard.</summary>
public static class ArrangeWorkshops
{
    private const string Staff = "/api/v1/workshops/staff/workshops";

    /// <summary>
    /// A scheduled workshop dated years ahead (the staff list shows the latest first, so it is on its
    /// first page; fewer <paramref name="yearsAhead"/> put it below the others); answers its id.
    /// </summary>
    public static async Task<Guid> ScheduledAsync(HttpClient staff, string title, int capacity, int yearsAhead = 8)
    {
        var start = DateTimeOffset.UtcNow.AddYears(yearsAhead).AddMinutes(Random.Shared.Next(1, 500_000));
        using var created = await staff.PostAsJsonAsync(Staff, new
        {
            titleFr = title,
            format = "rex",
            themes = new[] { "startups" },
            startsAt = start,
            endsAt = start.AddMinutes(90),
            meetingUrl = "https://meet.example.org/ptc-room",
            capacity,
        });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var scheduled = await staff.PostAsync($"{Staff}/{id}/schedule", null);
        scheduled.EnsureSuccessStatusCode();
        return id;
    }

    /// <summary>People register as the public does ("Participant 1" first); answers their cancellation tokens in that order.</summary>
    public static async Task<List<string>> RegistrationsAsync(HttpClient gateway, Guid workshop, int count)
    {
        var tokens = new List<string>(count);
        for (var i = 1; i <= count; i++)
        {
            using var response = await gateway.PostAsJsonAsync($"/api/v1/workshops/{workshop}/registrations",
                new { name = $"Participant {i}", email = $"participant{i}.{workshop:N}@example.org", organisation = $"Organisation {i % 7}", consent = true });
            response.EnsureSuccessStatusCode();
            tokens.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("cancellationToken").GetString()!);
        }

        return tokens;
    }

    /// <summary>Every registration of the workshop as staff see it, by its name.</summary>
    public static async Task<Dictionary<string, JsonElement>> StaffRegistrationsAsync(HttpClient staff, Guid workshop)
    {
        var all = new Dictionary<string, JsonElement>();
        for (var page = 1; ; page++)
        {
            var list = await staff.GetFromJsonAsync<JsonElement>($"{Staff}/{workshop}/registrations?page={page}&pageSize=100");
            var items = list.GetProperty("items");
            foreach (var row in items.EnumerateArray())
            {
                all[row.GetProperty("name").GetString()!] = row;
            }

            if (items.GetArrayLength() == 0 || all.Count >= list.GetProperty("total").GetInt64())
            {
                return all;
            }
        }
    }

    /// <summary>The workshop held (nobody ticked as present) with its replay attached.</summary>
    public static async Task HeldWithReplayAsync(HttpClient staff, Guid workshop, string replayUrl)
    {
        using var held = await staff.PostAsJsonAsync($"{Staff}/{workshop}/attendance", new { attendedRegistrationIds = Array.Empty<Guid>() });
        held.EnsureSuccessStatusCode();
        using var replay = await staff.PutAsJsonAsync($"{Staff}/{workshop}/replay", new { replayUrl, languages = new[] { "fr", "en" } });
        replay.EnsureSuccessStatusCode();
    }

    public static Task<JsonElement> StaffWorkshopAsync(HttpClient staff, Guid workshop) =>
        staff.GetFromJsonAsync<JsonElement>($"{Staff}/{workshop}");
}
