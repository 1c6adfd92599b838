using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
namespace PlanetTechCare.Browser.Tests.Support;

/// <summary>What a test needs on the platform before it opens the dashboard, made through the API.</summary>
public static class Arrange
{
    public static string UniqueName(string prefix) => $"{prefix} {Guid.NewGuid():N}"[..(prefix.Length + 9)];

    /// <summary>An organisation applies, as the public does; answers the application's id.</summary>
    public static async Task<Guid> ApplicationAsync(HttpClient gateway, string name, string category = "user-company")
    {
        using var response = await gateway.PostAsJsonAsync("/api/v1/signatories/applications", new
        {
            legalName = name,
            siren = Sirens.New(),
            category,
            sizeBand = "sme",
            region = "bretagne",
            website = "https://octet-sobre.example",
            publicDescription = "Nous mesurons l'empreinte de nos services numériques.",
            contact = new { name = "Camille Martin", role = "DSI", email = "camille@example.fr" },
            signer = new { name = "Dominique Leroy", role = "Directrice" },
            consent = true,
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>A staff decision on a signatory (approve, suspend…), through the staff API.</summary>
    public static async Task DecideAsync(HttpClient staff, Guid id, string action, string? reason = null)
    {
        using var response = await staff.PostAsJsonAsync($"/api/v1/signatories/staff/{id}/{action}", new { reason });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A workshops partner, made through the staff API; answers its id.</summary>
    public static async Task<Guid> PartnerAsync(HttpClient staff, string name)
    {
        using var response = await staff.PostAsJsonAsync("/api/v1/workshops/staff/partners", new { name, website = "https://partner.example" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>A published library item with only its French version; answers its id.</summary>
    public static async Task<Guid> PublishedFrenchItemAsync(HttpClient staff, string title)
    {
        using var created = await staff.PostAsJsonAsync("/api/v1/content/staff/items", new
        {
            type = "guide",
            themes = new[] { "eco-design" },
            tags = Array.Empty<string>(),
            fr = new { title, summary = "Un guide pour mesurer.", body = "# Mesurer\n\nPremière étape." },
        });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        foreach (var step in new[] { "submit", "publish" })
        {
            using var response = await staff.PostAsJsonAsync($"/api/v1/content/staff/items/{id}/{step}", new { });
            response.EnsureSuccessStatusCode();
        }

        return id;
    }

    /// <summary>A partner API client, created by staff (its id starts with the organisation's name); answers its client id.</summary>
    public static async Task<string> ApiClientAsync(HttpClient staff, string displayName, string organisationName)
    {
        using var response = await staff.PostAsJsonAsync("/api/v1/identity/clients", new { displayName, organisationName, scopes = new[] { "workshops.read" } });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("clientId").GetString()!;
    }

    /// <summary>Asks until <paramref name="condition"/> holds (events and caches take a moment), or fails after 20 s.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                Assert.Fail($"Not seen within 20 s: {what}");
            }

            await Task.Delay(250);
        }
    }
}
