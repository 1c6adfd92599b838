using System.Net.Http.Json;
using System.Text.Json;

namespace PlanetTechCare.Benchmarks;

/// <summary>
/// 2,000 people registering at once for a 150-seat workshop, through the gateway to the two
/// replicas of the workshops service: throughput, p99, and whether exactly 150 seats were given.
/// </summary>
public static class RegistrationBurstBenchmark
{
    private const string Name = "registration burst";
    private const string StaffPath = "/api/v1/workshops/staff/workshops";
    private const int SequentialSample = 200;

    /// <summary>After the burst, for the consumers of its events (webhooks, …) to finish their work before CPU is read.</summary>
    private static readonly TimeSpan EventsSettle = TimeSpan.FromSeconds(3);

    public static async Task<IReadOnlyList<Figure>> RunAsync(RunningPlatform platform, int attendees, int seats, int concurrency)
    {
        using var staff = await platform.GatewayClientAsync(authorized: true);
        var workshop = await CreateScheduledWorkshopAsync(staff, seats);
        using var gateway = await platform.GatewayClientAsync(concurrency);

        var cpuBefore = ProcessorTime.Now(platform);
        var burst = await LoadDriver.RunAsync(gateway, index => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/workshops/{workshop}/registrations")
        {
            Content = JsonContent.Create(new { name = "Attendee", email = $"person{index}.{workshop:N}@example.org", organisation = "Org", consent = true }),
        }, attendees, concurrency, TimeSpan.FromMinutes(3), warmUp: false);
        await Task.Delay(EventsSettle);
        var cpuAfter = ProcessorTime.Now(platform);

        // The same registrations one at a time, to another workshop: what one workshop's queue takes per registration.
        var other = await CreateScheduledWorkshopAsync(staff, seats);
        var oneByOne = await LoadDriver.RunAsync(gateway, index => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/workshops/{other}/registrations")
        {
            Content = JsonContent.Create(new { name = "Attendee", email = $"person{index}.{other:N}@example.org", organisation = "Org", consent = true }),
        }, SequentialSample, concurrency: 1, TimeSpan.FromMinutes(2), warmUp: false);

        var statuses = await RegistrationStatusesAsync(staff, workshop);
        var confirmed = statuses.Count(s => s == "confirmed");
        var waitlisted = statuses.Count(s => s == "waitlisted");
        var exact = confirmed == seats && waitlisted == attendees - seats && burst.Failed == 0;
        return
        [
            new(Name, $"{attendees:N0} concurrent registrations for {seats} seats: registrations/s", burst.RequestsPerSecond, "req/s",
                $"{SequentialSample} registrations one at a time", oneByOne.RequestsPerSecond),
            new(Name, "p50 latency", burst.P50Milliseconds, "ms"),
            new(Name, "p99 latency", burst.P99Milliseconds, "ms"),
            new(Name, $"exactness: confirmed / waitlisted / server errors ({statuses.Count:N0} registrations recorded)",
                confirmed, $"confirmed, {waitlisted} waitlisted, {burst.Failed} errors", Goal: $"{seats} / {attendees - seats} / 0", Met: exact),
            .. ProcessorTime.PerOperation(Name, "registration (the burst, its events consumed)", cpuBefore, cpuAfter, attendees),
        ];
    }

    private static async Task<Guid> CreateScheduledWorkshopAsync(HttpClient staff, int capacity)
    {
        var start = DateTimeOffset.UtcNow.AddDays(30);
        using var created = await staff.PostAsJsonAsync(StaffPath, new
        {
            titleFr = "Atelier complet", format = "webinar", themes = new[] { "load-test" },
            startsAt = start, endsAt = start.AddHours(1), meetingUrl = "https://meet.example.org/full", capacity,
        });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var scheduled = await staff.PostAsync($"{StaffPath}/{id}/schedule", null);
        scheduled.EnsureSuccessStatusCode();
        return id;
    }

    private static async Task<List<string>> RegistrationStatusesAsync(HttpClient staff, Guid workshop)
    {
        var statuses = new List<string>();
        for (var page = 1; page <= 100; page++)
        {
            var list = await staff.GetFromJsonAsync<JsonElement>($"{StaffPath}/{workshop}/registrations?page={page}&pageSize=100");
            statuses.AddRange(list.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("status").GetString()!));
            if (statuses.Count >= list.GetProperty("total").GetInt64())
            {
                break;
            }
        }

        return statuses;
    }
}
