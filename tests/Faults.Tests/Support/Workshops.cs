using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PlanetTechCare.Faults.Tests.Support;

/// <summary>Workshops scheduled by staff and registered for by the public, through the gateway.</summary>
public static class Workshops
{
    private const string StaffPath = "/api/v1/workshops/staff";

    public static async Task<Guid> ScheduleAsync(HttpClient staff, int capacity)
    {
        var start = DateTimeOffset.UtcNow.AddDays(30);
        var created = await staff.PostAsJsonAsync($"{StaffPath}/workshops", new
        {
            titleFr = "Atelier sous panne", format = "webinar", themes = new[] { "fault-tests" },
            startsAt = start, endsAt = start.AddHours(1), meetingUrl = "https://meet.example.org/faults", capacity,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var scheduled = await staff.PostAsync($"{StaffPath}/workshops/{id}/schedule", null);
        Assert.Equal(HttpStatusCode.OK, scheduled.StatusCode);
        return id;
    }

    /// <summary>Registers one person; answers the registration's id and status.</summary>
    public static async Task<(Guid Id, string Status)> RegisterAsync(HttpClient gateway, Guid workshop, string email)
    {
        using var response = await gateway.PostAsJsonAsync($"/api/v1/workshops/{workshop}/registrations",
            new { name = "Attendee", email, organisation = "Org", consent = true });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var registration = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (registration.GetProperty("id").GetGuid(), registration.GetProperty("status").GetString()!);
    }

    /// <summary>The statuses of a workshop's registrations, as staff see them.</summary>
    public static async Task<List<string>> RegistrationStatusesAsync(HttpClient staff, Guid workshop)
    {
        var list = await staff.GetFromJsonAsync<JsonElement>($"{StaffPath}/workshops/{workshop}/registrations?pageSize=100");
        return [.. list.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("status").GetString()!)];
    }
}
