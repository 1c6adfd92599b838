using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PlanetTechCare.EndToEnd.Tests.Support;
namespace PlanetTechCare.EndToEnd.Tests;

/// <summary>
/// The never-overbook proof: a burst of registrations through the gateway, balanced over the two
/// replicas of the workshops service, at a 150-seat workshop.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class WorkshopConcurrencyTests(PlatformFixture platform)
{
    private const string StaffPath = "/api/v1/workshops/staff";
    private const int Seats = 150;
    private const int Attendees = 1_000;

    [Fact]
    public async Task A_thousand_concurrent_registrations_fill_150_seats_exactly_and_waitlist_the_rest_in_order()
    {
        // Given a scheduled 150-seat workshop
        var workshop = await CreateScheduledWorkshopAsync(Seats);
        using var client = NewLoopbackClient();

        // When 1,000 people register at once, 100 of them sending their request twice
        var requests = Enumerable.Range(0, Attendees).Select(i => $"person{i}.{workshop:N}@example.org")
            .Concat(Enumerable.Range(0, 100).Select(i => $"PERSON{i * 7}.{workshop:N}@example.org"))
            .ToList();
        var statuses = new ConcurrentBag<HttpStatusCode>();
        var answers = new ConcurrentBag<JsonElement>();
        var failures = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 200 }, async (email, cancellationToken) =>
        {
            var response = await client.PostAsJsonAsync($"/api/v1/workshops/{workshop}/registrations",
                new { name = "Attendee", email, organisation = "Org", consent = true }, cancellationToken);
            statuses.Add(response.StatusCode);
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
            }
            else if (response.IsSuccessStatusCode)
            {
                answers.Add(await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken));
            }
        });

        // Then no server error, one registration per person, exactly 150 confirmed, the rest waitlisted in order
        Assert.True(failures.IsEmpty, $"{failures.Count} server errors, e.g. {failures.FirstOrDefault()}; logged:{Environment.NewLine}"
            + $"{ResourceLogs.ErrorsOf("workshops")}{Environment.NewLine}{ResourceLogs.ErrorsOf("gateway")}");
        Assert.Equal(Attendees, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(requests.Count - Attendees, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(Attendees, answers.Select(a => a.GetProperty("id").GetGuid()).Distinct().Count());

        var registrations = await AllRegistrationsAsync(workshop);
        Assert.Equal(Attendees, registrations.Count);
        Assert.Equal(Attendees, registrations.Select(r => r.GetProperty("email").GetString()!.ToLowerInvariant()).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, Attendees).Select(i => (long)i), registrations.Select(r => r.GetProperty("sequence").GetInt64()));
        var statusesInOrder = registrations.Select(r => r.GetProperty("status").GetString()).ToList();
        Assert.All(statusesInOrder.Take(Seats), s => Assert.Equal("confirmed", s));
        Assert.All(statusesInOrder.Skip(Seats), s => Assert.Equal("waitlisted", s));
        var created = answers.Where(a => a.GetProperty("cancellationToken").ValueKind == JsonValueKind.String).ToList();
        var positions = created.Where(a => a.GetProperty("status").GetString() == "waitlisted")
            .Select(a => a.GetProperty("waitlistPosition").GetInt32()).Order().ToList();
        Assert.Equal(Enumerable.Range(1, Attendees - Seats), positions);

        // And when 50 confirmed people cancel at once, the first 50 waitlisted are promoted, no one else
        var tokens = created.Where(a => a.GetProperty("status").GetString() == "confirmed")
            .Select(a => a.GetProperty("cancellationToken").GetString()!).Take(50).ToList();
        var cancellations = await Task.WhenAll(tokens.Select(t => client.DeleteAsync($"/api/v1/workshops/registrations/{t}")));
        Assert.All(cancellations, c => Assert.Equal(HttpStatusCode.OK, c.StatusCode));

        var after = await AllRegistrationsAsync(workshop);
        Assert.Equal(Seats, after.Count(r => r.GetProperty("status").GetString() == "confirmed"));
        var promoted = after.Where(r => r.GetProperty("promotedAt").ValueKind != JsonValueKind.Null).Select(r => r.GetProperty("sequence").GetInt64());
        Assert.Equal(Enumerable.Range(Seats + 1, 50).Select(i => (long)i), promoted.Order());
    }

    private HttpClient NewLoopbackClient() => new(new SocketsHttpHandler { MaxConnectionsPerServer = 200 })
    {
        BaseAddress = platform.Gateway.BaseAddress,
        Timeout = TimeSpan.FromSeconds(90),
    };

    private async Task<Guid> CreateScheduledWorkshopAsync(int capacity)
    {
        var start = DateTimeOffset.UtcNow.AddDays(30);
        var created = await platform.Staff.PostAsJsonAsync($"{StaffPath}/workshops", new
        {
            titleFr = "Atelier complet", format = "webinar", themes = new[] { "load-test" },
            startsAt = start, endsAt = start.AddHours(1), meetingUrl = "https://meet.example.org/full", capacity,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await platform.Staff.PostAsync($"{StaffPath}/workshops/{id}/schedule", null)).StatusCode);
        return id;
    }

    private async Task<List<JsonElement>> AllRegistrationsAsync(Guid workshop)
    {
        var all = new List<JsonElement>();
        for (var page = 1; page <= 20; page++)
        {
            var list = await platform.Staff.GetFromJsonAsync<JsonElement>($"{StaffPath}/workshops/{workshop}/registrations?page={page}&pageSize=100");
            all.AddRange(list.GetProperty("items").EnumerateArray());
            if (all.Count >= list.GetProperty("total").GetInt64())
            {
                break;
            }
        }

        return all;
    }
}
