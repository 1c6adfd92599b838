using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PlanetTechCare.Workshops.Tests.Support;

/// <summary>Arranges test data through the service's own HTTP API.</summary>
public static class WorkshopsClient
{
    public const string Staff = "/api/v1/workshops/staff";

    public static object WorkshopBody(int capacity = 10, string[]? themes = null, Guid[]? partnerIds = null, string format = "webinar",
        DateTimeOffset? startsAt = null, string? title = null, string? titleEn = "Workshop", string? summaryFr = "Résumé", string? summaryEn = null)
    {
        var start = startsAt ?? DateTimeOffset.UtcNow.AddDays(10);
        return new
        {
            titleFr = title ?? $"Atelier {Guid.NewGuid():N}",
            titleEn,
            summaryFr,
            summaryEn,
            format,
            themes = themes ?? ["eco-design"],
            partnerIds = partnerIds ?? [],
            speakers = new[] { new { name = "Ada", organisation = "Wavestone", role = "Manager", bio = "Bio" } },
            startsAt = start,
            endsAt = start.AddMinutes(90),
            meetingUrl = "https://meet.example.org/secret-room",
            capacity,
        };
    }

    public static async Task<Guid> CreateWorkshopAsync(this HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync($"{Staff}/workshops", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<Guid> CreateScheduledWorkshopAsync(this HttpClient client, object body)
    {
        var id = await client.CreateWorkshopAsync(body);
        var scheduled = await client.PostAsync($"{Staff}/workshops/{id}/schedule", null);
        Assert.Equal(HttpStatusCode.OK, scheduled.StatusCode);
        return id;
    }

    public static async Task<Guid> CreatePartnerAsync(this HttpClient client, string? name = null)
    {
        var response = await client.PostAsJsonAsync($"{Staff}/partners", new { name = name ?? $"Partner {Guid.NewGuid():N}", website = "https://partner.example.org" });
        Assert.True(response.IsSuccessStatusCode, $"partner: {response.StatusCode}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> RegisterAsync(this HttpClient client, Guid workshopId, string email, string name = "Attendee") =>
        client.PostAsJsonAsync($"/api/v1/workshops/{workshopId}/registrations",
            new { name, email, organisation = "Org", consent = true });

    public static async Task<JsonElement> RegisterOkAsync(this HttpClient client, Guid workshopId, string email)
    {
        var response = await client.RegisterAsync(workshopId, email);
        Assert.True(response.IsSuccessStatusCode, $"register: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement[]> RegistrationsAsync(this HttpClient client, Guid workshopId)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"{Staff}/workshops/{workshopId}/registrations?pageSize=100");
        return [.. page.GetProperty("items").EnumerateArray()];
    }

    public static string NewEmail() => $"{Guid.NewGuid():N}@example.org";
}
