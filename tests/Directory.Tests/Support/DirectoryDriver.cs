using System.Net;
using System.Net.Http.Json;
using PlanetTechCare.Contracts;

namespace PlanetTechCare.Directory.Tests.Support;

/// <summary>Drives the directory the way the platform does: signatory events into the broker, HTTP calls to the service.</summary>
public sealed class DirectoryDriver(DirectoryFixture fixture)
{
    public HttpClient Http => fixture.Http;

    /// <summary>A word no other test uses (letters only, so search parsers keep it whole).</summary>
    public static string UniqueWord() => new([.. Guid.NewGuid().ToString("N")[..10].Select(c => (char)('k' + Convert.ToInt32(c.ToString(), 16) % 16))]);

    public static SignatoryProfile Provider(string name, string? description = null, string region = "Bretagne", string? size = "sme") =>
        new(name, SignatoryCategories.DigitalServiceProvider, region, "https://example.org", description, size);

    public Task PublishAsync<T>(T integrationEvent) where T : class => fixture.Bus.Publish(integrationEvent);

    public async Task<StaffListingDto?> StaffGetAsync(Guid id)
    {
        using var response = await Http.GetAsync($"/api/v1/directory/staff/listings/{id}");
        return response.StatusCode == HttpStatusCode.NotFound ? null : await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<StaffListingDto>();
    }

    public async Task<StaffListingDto> WaitForAsync(Guid id, Func<StaffListingDto, bool> condition, string because)
    {
        StaffListingDto? listing = null;
        await Eventually.HoldsAsync(async () => (listing = await StaffGetAsync(id)) is not null && condition(listing), because, timeoutSeconds: 20);
        return listing!;
    }

    /// <summary>Approval, details from staff, publication: a listing the public can find.</summary>
    public async Task<Guid> PublishedListingAsync(string name, EditDto details)
    {
        var id = Guid.NewGuid();
        await PublishAsync(new SignatoryApproved(id, Provider(name), 1));
        await WaitForAsync(id, l => l.Status == "Draft", "the approval creates a draft");
        await EditAsync(id, details);
        (await Http.PostAsync($"/api/v1/directory/staff/listings/{id}/publish", null)).EnsureSuccessStatusCode();
        return id;
    }

    /// <summary>Staff replace a listing's details.</summary>
    public async Task EditAsync(Guid id, EditDto details) =>
        (await Http.PutAsJsonAsync($"/api/v1/directory/staff/listings/{id}", details)).EnsureSuccessStatusCode();

    public static EditDto Details(string[]? expertise = null, string[]? regions = null, string[]? languages = null, string? size = "sme", string? descriptionFr = null, string? descriptionEn = null) =>
        new([.. expertise ?? ["eco-design"]], ["Audit"], [.. regions ?? ["bretagne"]], [.. languages ?? ["fr"]], size, descriptionFr, descriptionEn,
            [new ReferenceDto("Refonte sobre", "https://example.org/cas")]);

    public async Task<SearchDto> SearchAsync(string query)
    {
        using var response = await Http.GetAsync($"/api/v1/directory/listings?{query}");
        return (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<SearchDto>())!;
    }

    /// <summary>A search as a reader asking for a language: the whole answer, to read its headers.</summary>
    public async Task<HttpResponseMessage> SearchResponseAsync(string query, string acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/directory/listings?{query}");
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        return await Http.SendAsync(request);
    }

    public async Task WaitForSearchAsync(string query, Func<SearchDto, bool> condition, string because) =>
        await Eventually.HoldsAsync(async () => condition(await SearchAsync(query)), because, timeoutSeconds: 20);
}
