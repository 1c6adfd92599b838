using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
namespace PlanetTechCare.Signatories.Tests.Support;

/// <summary>Builds valid applications with data of their own (a fresh SIREN and a unique name), and drives the API.</summary>
public static class Applications
{
    public static string UniqueName(string stem = "Numérique Sobre") => $"{stem} {Guid.NewGuid():N}"[..(stem.Length + 13)];

    public static JsonObject Valid(string? siren = null, string? name = null, string category = "digital-service-provider") => new()
    {
        ["legalName"] = name ?? UniqueName(),
        ["siren"] = siren ?? Sirens.New(),
        ["website"] = "https://example.fr",
        ["category"] = category,
        ["sizeBand"] = "sme",
        ["region"] = "bretagne",
        ["publicDescription"] = "Nous mesurons et réduisons l'empreinte de nos services.",
        ["contact"] = new JsonObject { ["name"] = "Alex Secret", ["role"] = "CTO", ["email"] = "alex.secret@private.example" },
        ["signer"] = new JsonObject { ["name"] = "Claude Dupont", ["role"] = "CEO" },
        ["consent"] = true,
        ["curriculumCommitment"] = category == "school-or-training-body" ? "Un module par cursus." : null,
    };

    public static Task<HttpResponseMessage> ApplyAsync(this HttpClient http, JsonObject application, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/signatories/applications")
        {
            Content = JsonContent.Create(application),
        };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return http.SendAsync(request);
    }

    public static async Task<Guid> AppliedAsync(this HttpClient http, JsonObject? application = null)
    {
        var response = await http.ApplyAsync(application ?? Valid());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<Guid> ApprovedAsync(this HttpClient http, JsonObject? application = null)
    {
        var id = await http.AppliedAsync(application);
        var approved = await http.ActAsync(id, "approve");
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        return id;
    }

    public static Task<HttpResponseMessage> ActAsync(this HttpClient http, Guid id, string action, string? reason = null) =>
        http.PostAsJsonAsync($"/api/v1/signatories/staff/{id}/{action}", new { reason, by = "staff.tester@planet-techcare.example" });

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();
}
