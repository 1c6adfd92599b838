using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PlanetTechCare.Content.Tests.Support;

/// <summary>Drives the content service over HTTP the way staff and partners do.</summary>
public sealed class ContentDriver(ContentFixture fixture)
{
    public const string Staff = "/api/v1/content/staff/items";

    public HttpClient Http => fixture.Http;

    public EventLog Events => fixture.Events;

    /// <summary>A word no other test uses (letters only, so search parsers keep it whole).</summary>
    public static string UniqueWord() => new([.. Guid.NewGuid().ToString("N")[..10].Select(c => (char)('k' + Convert.ToInt32(c.ToString(), 16) % 16))]);

    public static object Version(string title, string? body = null, string? summary = null, string? slug = null, string? by = null) =>
        new { title, summary = summary ?? $"Résumé de {title}", body = body ?? $"Texte de *{title}*.", slug, by };

    public static object Item(object? fr, object? en = null, string type = "guide", string[]? themes = null, string[]? tags = null) =>
        new { type, themes = themes ?? ["eco-design"], tags = tags ?? [], fr, en, by = "Camille" };

    public async Task<StaffItemDto> CreateAsync(object item)
    {
        using var response = await Http.PostAsJsonAsync(Staff, item);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<StaffItemDto>())!;
    }

    public async Task<HttpResponseMessage> StepAsync(Guid id, string step, string? by = null) =>
        by is null
            ? await Http.PostAsync($"{Staff}/{id}/{step}", null)
            : await Http.PostAsJsonAsync($"{Staff}/{id}/{step}", new { by });

    /// <summary>Created, submitted for review and published: an item the public sees.</summary>
    public async Task<StaffItemDto> PublishedAsync(object item)
    {
        var created = await CreateAsync(item);
        (await StepAsync(created.Id, "submit", "Camille")).EnsureSuccessStatusCode();
        (await StepAsync(created.Id, "publish", "Dominique")).EnsureSuccessStatusCode();
        return (await StaffGetAsync(created.Id))!;
    }

    public async Task<StaffItemDto?> StaffGetAsync(Guid id)
    {
        using var response = await Http.GetAsync($"{Staff}/{id}");
        return response.StatusCode == HttpStatusCode.NotFound ? null : await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<StaffItemDto>();
    }

    public async Task<HttpResponseMessage> GetAsync(string path, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        return await Http.SendAsync(request);
    }

    public async Task<PublicItemDto> PublicItemAsync(Guid id, string? query = null, string? acceptLanguage = null)
    {
        using var response = await GetAsync($"/api/v1/content/items/{id}{query}", acceptLanguage);
        return (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<PublicItemDto>())!;
    }

    public async Task<SearchPageDto> SearchAsync(string query, string? acceptLanguage = null)
    {
        using var response = await GetAsync($"/api/v1/content/items?{query}", acceptLanguage);
        return (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<SearchPageDto>())!;
    }
}
