using System.Net.Http.Json;
using System.Text.Json;

namespace PlanetTechCare.Benchmarks;

/// <summary>
/// 2,000 people registering at once for a 150-seat workshop, through the gateway to the two
/// replicas of the workshops service, beside the same 2,000 registrations spread over many
/// workshops (no two waiting on one workshop's lock): throughput, p99, CPU, and whether exactly
/// 150 seats were given.
/// </summary>
public static class RegistrationBurstBenchmark
{
    private const string Name = "registration burst";
    private const string StaffPath = "/api/v1/workshops/staff/workshops";
    private const int SpreadWorkshops = 100;
    private const int WarmUpRegistrations = 400;
    private const double ThroughputGoal = 0.8;
    private const double P99GoalMilliseconds = 1_000;
    private const double CpuGoalMilliseconds = 5;

    /// <summary>After a burst, for the consumers of its events (webhooks, …) to finish their work before CPU is read.</summary>
    private static readonly TimeSpan EventsSettle = TimeSpan.FromSeconds(3);

    public static async Task<IReadOnlyList<Figure>> RunAsync(RunningPlatform platform, int attendees, int seats, int concurrency)
    {
        using var staff = await platform.GatewayClientAsync(authorized: true);
        using var gateway = await platform.GatewayClientAsync(concurrency);

        // Unmeasured: the registration path's first calls (connections, compilation) are paid by neither measure.
        var warmUp = await CreateScheduledWorkshopAsync(staff, seats);
        await RegisterAsync(platform, gateway, _ => warmUp, WarmUpRegistrations, concurrency);

        // The baseline: the same registrations, each workshop taking attendees / SpreadWorkshops of them.
        var spread = new List<Guid>();
        for (var i = 0; i < SpreadWorkshops; i++)
        {
            spread.Add(await CreateScheduledWorkshopAsync(staff, seats));
        }

        var (spreadLoad, _) = await RegisterAsync(platform, gateway, index => spread[index % SpreadWorkshops], attendees, concurrency);

        var workshop = await CreateScheduledWorkshopAsync(staff, seats);
        var (burst, cpu) = await RegisterAsync(platform, gateway, _ => workshop, attendees, concurrency);

        var statuses = await RegistrationStatusesAsync(staff, workshop);
        var confirmed = statuses.Count(s => s == "confirmed");
        var waitlisted = statuses.Count(s => s == "waitlisted");
        var exact = confirmed == seats && waitlisted == attendees - seats && burst.Failed == 0;
        var throughputRatio = burst.RequestsPerSecond / spreadLoad.RequestsPerSecond;
        return
        [
            new(Name, $"{attendees:N0} concurrent registrations for one {seats}-seat workshop: registrations/s", burst.RequestsPerSecond, "req/s",
                $"the same spread over {SpreadWorkshops} workshops", spreadLoad.RequestsPerSecond,
                $"≥ {ThroughputGoal:0.0#} × spread", throughputRatio >= ThroughputGoal),
            new(Name, "p50 latency", burst.P50Milliseconds, "ms", "spread", spreadLoad.P50Milliseconds),
            new(Name, "p99 latency", burst.P99Milliseconds, "ms", "spread", spreadLoad.P99Milliseconds,
                $"< {P99GoalMilliseconds:N0} ms", burst.P99Milliseconds < P99GoalMilliseconds),
            new(Name, $"exactness: confirmed / waitlisted / server errors ({statuses.Count:N0} registrations recorded)",
                confirmed, $"confirmed, {waitlisted} waitlisted, {burst.Failed} errors", Goal: $"{seats} / {attendees - seats} / 0", Met: exact),
            new(Name, "bytes per registration through the gateway (request and answer, headers and body)", burst.BytesPerRequest, "bytes",
                "spread", spreadLoad.BytesPerRequest),
            .. ProcessorTime.PerOperation(Name, "registration (the burst, its events consumed)", cpu.Before, cpu.After, attendees, CpuGoalMilliseconds),
        ];
    }

    private static async Task<(LoadResult Load, (Dictionary<string, TimeSpan> Before, Dictionary<string, TimeSpan> After) Cpu)> RegisterAsync(
        RunningPlatform platform, HttpClient gateway, Func<int, Guid> workshopOf, int attendees, int concurrency)
    {
        var before = ProcessorTime.Now(platform);
        var load = await LoadDriver.RunAsync(gateway, index =>
        {
            var workshop = workshopOf(index);
            return new HttpRequestMessage(HttpMethod.Post, $"/api/v1/workshops/{workshop}/registrations")
            {
                Content = JsonContent.Create(new { name = "Attendee", email = $"person{index}.{workshop:N}@example.org", organisation = "Org", consent = true }),
            };
        }, attendees, concurrency, TimeSpan.FromMinutes(3), warmUp: false);
        await Task.Delay(EventsSettle);
        return (load, (before, ProcessorTime.Now(platform)));
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
