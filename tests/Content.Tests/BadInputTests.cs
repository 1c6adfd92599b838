using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PlanetTechCare.Content.Tests.Support;

namespace PlanetTechCare.Content.Tests;

[Collection(ContentCollection.Name)]
public sealed class BadInputTests(ContentFixture fixture)
{
    private readonly ContentDriver _content = new(fixture);

    [Theory]
    [InlineData("pageSize=500", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("q=eco%00design", "q")]
    [InlineData("type=podcast", "type")]
    [InlineData("theme=Eco%20Design", "theme")]
    [InlineData("tag=%3Cscript%3E", "tag")]
    [InlineData("language=de", "language")]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=2026-13-45", "to")]
    [InlineData("sort=random", "sort")]
    [InlineData("lang=it", "lang")]
    public async Task A_bad_search_parameter_is_a_validation_problem_naming_it(string query, string field)
    {
        await ProblemAssert.NamesFieldAsync(await _content.GetAsync($"/api/v1/content/items?{query}"), field);
    }

    [Fact]
    public async Task An_over_long_search_text_is_a_validation_problem()
    {
        await ProblemAssert.NamesFieldAsync(await _content.GetAsync($"/api/v1/content/items?q={new string('a', 201)}"), "q");
    }

    [Theory]
    [InlineData("""{"type":"podcast","fr":{"title":"T"}}""", "type")]
    [InlineData("""{"fr":{"title":"T"}}""", "type")]
    [InlineData("""{"type":"guide"}""", "fr")]
    [InlineData("""{"type":"guide","fr":{"title":"  "}}""", "fr.title")]
    [InlineData("""{"type":"guide","en":{"summary":"no title"}}""", "en.title")]
    [InlineData("""{"type":"guide","fr":{"title":"T","slug":"Not A Slug"}}""", "fr.slug")]
    [InlineData("""{"type":"guide","fr":{"title":"T","slug":"a--b"}}""", "fr.slug")]
    [InlineData("""{"type":"guide","fr":{"title":"T","slug":"../etc/passwd"}}""", "fr.slug")]
    [InlineData("""{"type":"guide","fr":{"title":"T\u0007"}}""", "fr.title")]
    [InlineData("""{"type":"guide","themes":["Éco"],"fr":{"title":"T"}}""", "themes")]
    [InlineData("""{"type":"guide","tags":[null],"fr":{"title":"T"}}""", "tags")]
    [InlineData("""{"type":"guide","externalUrl":"javascript:alert(1)","fr":{"title":"T"}}""", "externalUrl")]
    [InlineData("""{"type":"guide","workshopId":"not-a-guid","fr":{"title":"T"}}""", "workshopId")]
    [InlineData("""{"type":"guide","fr":{"title":"T"},"by":"a\u0000b"}""", "by")]
    [InlineData("""{"type":"guide","fr":{"title":"T","summary":"a\u0000b"}}""", "fr.summary")]
    [InlineData("""{"type":"guide","en":{"title":"T","body":"a\u0000b"}}""", "en.body")]
    [InlineData("""{"type":"guide","themes":["eco\u0000"],"fr":{"title":"T"}}""", "themes")]
    [InlineData("""{"type":"guide","externalUrl":"https://example.org/\u0000","fr":{"title":"T"}}""", "externalUrl")]
    [InlineData("""{"type":"guide","themes":"eco-design","fr":{"title":"T"}}""", "themes")]
    [InlineData("""{"type":"guide","fr":{"title":["T"]}}""", "fr.title")]
    [InlineData("""{"type":"guide","fr":{"title":"T"}""", "body")]
    public async Task A_bad_new_item_is_a_validation_problem_naming_the_field(string json, string field)
    {
        var before = await CountAsync();
        using var body = new StringContent(json, Encoding.UTF8, "application/json");

        var response = await _content.Http.PostAsync(ContentDriver.Staff, body);

        await ProblemAssert.NamesFieldAsync(response, field);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task An_over_long_or_control_character_idempotency_key_is_named_as_the_header()
    {
        foreach (var key in new[] { new string('k', 101), "key\u0001" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, ContentDriver.Staff) { Content = JsonContent.Create(ContentDriver.Item(ContentDriver.Version("T"))) };
            request.Headers.TryAddWithoutValidation("Idempotency-Key", key);

            await ProblemAssert.NamesFieldAsync(await _content.Http.SendAsync(request), "Idempotency-Key");
        }
    }

    [Theory]
    [InlineData("""{"title":123}""", "title")]
    [InlineData("""{"title":"T\u0000"}""", "title")]
    [InlineData("""{"title":"T","summary":"a\u0000b"}""", "summary")]
    [InlineData("""{"title":"T","body":"a\u0000b"}""", "body")]
    [InlineData("""{"title":"T","slug":"a\u0000b"}""", "slug")]
    [InlineData("""{"title":"T","by":"a\u0000b"}""", "by")]
    [InlineData("""{"title":"T","by":false}""", "by")]
    [InlineData("""not json""", "body")]
    public async Task A_bad_version_body_is_a_validation_problem_naming_the_field(string json, string field)
    {
        var created = await _content.CreateAsync(ContentDriver.Item(ContentDriver.Version("Intact " + ContentDriver.UniqueWord())));
        var before = (await _content.StaffGetAsync(created.Id))!.Version("fr");
        using var body = new StringContent(json, Encoding.UTF8, "application/json");

        await ProblemAssert.NamesFieldAsync(await _content.Http.PutAsync($"{ContentDriver.Staff}/{created.Id}/versions/fr", body), field);
        Assert.Equal(before, (await _content.StaffGetAsync(created.Id))!.Version("fr"));
    }

    [Theory]
    [InlineData("""{"by":"a\u0000b"}""", "by")]
    [InlineData("""{"by":42}""", "by")]
    [InlineData("""[""", "body")]
    public async Task A_bad_workflow_step_body_is_a_validation_problem_and_the_step_is_not_taken(string json, string field)
    {
        var item = await _content.CreateAsync(ContentDriver.Item(ContentDriver.Version("Brouillon " + ContentDriver.UniqueWord())));
        using var body = new StringContent(json, Encoding.UTF8, "application/json");

        await ProblemAssert.NamesFieldAsync(await _content.Http.PostAsync($"{ContentDriver.Staff}/{item.Id}/submit", body), field);
        Assert.Equal("draft", (await _content.StaffGetAsync(item.Id))!.Status);
    }

    [Theory]
    [InlineData("status=sleeping", "status")]
    [InlineData("type=podcast", "type")]
    [InlineData("workshopId=abc", "workshopId")]
    [InlineData("pageSize=0", "pageSize")]
    public async Task A_bad_staff_list_filter_is_a_validation_problem_naming_it(string query, string field)
    {
        await ProblemAssert.NamesFieldAsync(await _content.GetAsync($"{ContentDriver.Staff}?{query}"), field);
    }

    [Fact]
    public async Task A_blank_slug_is_made_from_the_title()
    {
        var word = ContentDriver.UniqueWord();
        var item = await _content.CreateAsync(ContentDriver.Item(ContentDriver.Version("Premier " + word)));

        using var response = await _content.Http.PutAsJsonAsync($"{ContentDriver.Staff}/{item.Id}/versions/en", ContentDriver.Version("Second " + word, slug: ""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"second-{word}", (await response.Content.ReadFromJsonAsync<StaffItemDto>())!.Version("en").Slug);
    }

    [Fact]
    public async Task The_api_document_lists_the_fixed_values_of_the_search()
    {
        using var response = await _content.GetAsync("/api/v1/content/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var search = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("paths").GetProperty("/api/v1/content/items").GetProperty("get")
            .GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("schema"));
        Assert.Equal(["fr", "en"], search["lang"].GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.Contains("replay", search["type"].GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(["newest", "relevance"], search["sort"].GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task Over_long_fields_are_validation_problems()
    {
        var responses = new[]
        {
            (await _content.Http.PostAsJsonAsync(ContentDriver.Staff, ContentDriver.Item(ContentDriver.Version(new string('t', 201)))), "fr.title"),
            (await _content.Http.PostAsJsonAsync(ContentDriver.Staff, ContentDriver.Item(ContentDriver.Version("T", summary: new string('s', 1001)))), "fr.summary"),
            (await _content.Http.PostAsJsonAsync(ContentDriver.Staff, ContentDriver.Item(ContentDriver.Version("T", body: new string('b', 100_001)))), "fr.body"),
            (await _content.Http.PostAsJsonAsync(ContentDriver.Staff, ContentDriver.Item(ContentDriver.Version("T", slug: new string('s', 121)))), "fr.slug"),
            (await _content.Http.PostAsJsonAsync(ContentDriver.Staff, ContentDriver.Item(ContentDriver.Version("T"), themes: [new string('t', 61)])), "themes"),
        };

        foreach (var (response, field) in responses)
        {
            await ProblemAssert.NamesFieldAsync(response, field);
        }
    }

    [Fact]
    public async Task A_bad_version_edit_is_rejected_and_changes_nothing()
    {
        var item = await _content.PublishedAsync(ContentDriver.Item(ContentDriver.Version("Intact " + ContentDriver.UniqueWord())));
        using var malformed = new StringContent("""{"title": "x", """, Encoding.UTF8, "application/json");

        await ProblemAssert.NamesFieldAsync(await _content.Http.PutAsJsonAsync($"{ContentDriver.Staff}/{item.Id}/versions/de", ContentDriver.Version("Titel")), "lang");
        await ProblemAssert.NamesFieldAsync(await _content.Http.PutAsJsonAsync($"{ContentDriver.Staff}/{item.Id}/versions/fr", ContentDriver.Version(" ")), "title");
        await ProblemAssert.NamesFieldAsync(await _content.Http.PutAsJsonAsync($"{ContentDriver.Staff}/{item.Id}/versions/fr", ContentDriver.Version("T", slug: "Bad Slug")), "slug");
        Assert.Equal(HttpStatusCode.BadRequest, (await _content.Http.PutAsync($"{ContentDriver.Staff}/{item.Id}/versions/fr", malformed)).StatusCode);
        await ProblemAssert.NamesFieldAsync(await _content.Http.PostAsJsonAsync($"{ContentDriver.Staff}/{item.Id}/archive", new { by = new string('x', 101) }), "by");

        var after = await _content.StaffGetAsync(item.Id);
        Assert.Equal(item.Version("fr"), after!.Version("fr"));
        Assert.Equal(("published", 1), (after.Status, after.Versions.Length));
    }

    [Fact]
    public async Task Unknown_items_are_not_found()
    {
        var id = Guid.NewGuid();

        Assert.Equal(HttpStatusCode.NotFound, (await _content.GetAsync($"/api/v1/content/items/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _content.StepAsync(id, "publish")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _content.Http.PutAsJsonAsync($"{ContentDriver.Staff}/{id}/versions/fr", ContentDriver.Version("T"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _content.GetAsync("/api/v1/content/items/by-slug/fr/n-existe-pas")).StatusCode);
    }

    [Fact]
    public async Task Creating_again_with_the_same_idempotency_key_answers_the_first_item()
    {
        var key = Guid.NewGuid().ToString();
        var item = ContentDriver.Item(ContentDriver.Version("Une fois " + ContentDriver.UniqueWord()));

        using var first = new HttpRequestMessage(HttpMethod.Post, ContentDriver.Staff) { Content = JsonContent.Create(item) };
        first.Headers.Add("Idempotency-Key", key);
        using var second = new HttpRequestMessage(HttpMethod.Post, ContentDriver.Staff) { Content = JsonContent.Create(item) };
        second.Headers.Add("Idempotency-Key", key);
        var created = await _content.Http.SendAsync(first);
        var repeated = await _content.Http.SendAsync(second);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, repeated.StatusCode);
        Assert.Equal((await created.Content.ReadFromJsonAsync<StaffItemDto>())!.Id, (await repeated.Content.ReadFromJsonAsync<StaffItemDto>())!.Id);
    }

    private async Task<long> CountAsync() =>
        (await _content.Http.GetFromJsonAsync<PageDto<StaffItemDto>>($"{ContentDriver.Staff}?pageSize=1"))!.Total;
}
