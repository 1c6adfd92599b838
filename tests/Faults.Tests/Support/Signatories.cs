using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PlanetTechCare.Faults.Tests.Support;

/// <summary>Provider signatories applied and approved through the gateway.</summary>
public static class Signatories
{
    public static async Task<Guid> ApplyProviderAsync(HttpClient gateway)
    {
        var registrationId = Guid.NewGuid().ToString("N");
        var applied = await gateway.PostAsJsonAsync("/api/v1/signatories/applications", new
        {
            legalName = $"Fault provider {registrationId[..8]}",
            foreignRegistrationId = registrationId,
            category = "digital-service-provider",
            sizeBand = "sme",
            region = "outside-france",
            contact = new { name = "Private Person", role = "CTO", email = "private@example.org" },
            signer = new { name = "Signer", role = "CEO" },
            consent = true,
        });
        Assert.Equal(HttpStatusCode.Created, applied.StatusCode);
        return (await applied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task ApproveAsync(HttpClient staff, Guid id)
    {
        using var approved = await staff.PostAsJsonAsync($"/api/v1/signatories/staff/{id}/approve", new { by = "fault tests" });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
    }
}
