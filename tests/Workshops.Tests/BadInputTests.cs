using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PlanetTechCare.Workshops.Tests.Support;

namespace PlanetTechCare.Workshops.Tests;

[Collection(ServiceCollection.Name)]
public sealed class BadInputTests(WorkshopsFixture service)
{
    private const string ValidWorkshop =
        """{"titleFr":"T","format":"webinar","startsAt":"2031-01-01T10:00:00Z","endsAt":"2031-01-01T11:00:00Z","capacity":10}""";

    private HttpClient Client => service.Http;

    public static TheoryData<string, string> InvalidWorkshops => new()
    {
        { """{"titleFr":"T","format":"webinar","startsAt":"2031-01-01T10:00:00Z","endsAt":"2031-01-01T09:00:00Z","capacity":10}""", "endsAt" },
        { """{"titleFr":"T","format":"webinar","startsAt":"2031-01-01T10:00:00Z","endsAt":"2031-01-01T11:00:00Z","capacity":0}""", "capacity" },
        { """{"titleFr":"T","format":"webinar","startsAt":"2031-01-01T10:00:00Z","endsAt":"2031-01-01T11:00:00Z","capacity":"abc"}""", "capacity" },
        { """{"titleFr":"T","format":"party","startsAt":"2031-01-01T10:00:00Z","endsAt":"2031-01-01T11:00:00Z","capacity":10}""", "format" },
        { $$"""{"titleFr":"{{new string('x', 301)}}","format":"webinar","startsAt":"2031-01-01T10:00:00Z","endsAt":"2031-01-01T11:00:00Z","capacity":10}""", "titleFr" },
        { """{"format":"webinar","startsAt":"2031-01-01T10:00:00Z","endsAt":"2031-01-01T11:00:00Z","capacity":10}""", "titleFr" },
        { """{"titleFr":"T","format":"webinar","startsAt":"not a date","endsAt":"2031-01-01T11:00:00Z","capacity":10}""", "startsAt" },
        { """{"titleFr":"T","format":"webinar","startsAt":"2031-01-01T10:00:00Z","endsAt":"2031-01-01T11:00:00Z","capacity":10,"partnerIds":["00000000-0000-0000-0000-000000000001"]}""", "partnerIds" },
        { """{"titleFr":"T","format":"webinar","startsAt":"2031-01-01T10:00:00Z","endsAt":"2031-01-01T11:00:00Z","capacity":10,"meetingUrl":"javascript:alert(1)"}""", "meetingUrl" },
    };

    [Theory]
    [MemberData(nameof(InvalidWorkshops))]
    public async Task An_invalid_workshop_gets_a_problem_naming_the_field_and_nothing_is_stored(string body, string field)
    {
        var before = await StaffWorkshopTotalAsync();

        var response = await PostJsonAsync($"{WorkshopsClient.Staff}/workshops", body);

        await AssertProblemNamingAsync(response, field);
        Assert.Equal(before, await StaffWorkshopTotalAsync());
    }

    [Fact]
    public async Task Malformed_json_gets_a_problem_not_a_server_error()
    {
        var before = await StaffWorkshopTotalAsync();

        var response = await PostJsonAsync($"{WorkshopsClient.Staff}/workshops", ValidWorkshop[..20]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await StaffWorkshopTotalAsync());
    }

    public static TheoryData<string, string> InvalidRegistrations => new()
    {
        { """{"name":"A","email":"not-an-email","consent":true}""", "email" },
        { """{"name":"A","email":"a@example.org","consent":false}""", "consent" },
        { """{"name":"A","email":"a@example.org"}""", "consent" },
        { """{"email":"a@example.org","consent":true}""", "name" },
        { """{"name":"A","email":"a@example.org","consent":"yes"}""", "consent" },
        { """{"name":"A\u0000B","email":"a@example.org","consent":true}""", "name" },
        { $$"""{"name":"{{new string('n', 201)}}","email":"a@example.org","consent":true}""", "name" },
    };

    [Theory]
    [MemberData(nameof(InvalidRegistrations))]
    public async Task An_invalid_registration_gets_a_problem_naming_the_field_and_nothing_is_stored(string body, string field)
    {
        var workshop = await Client.CreateScheduledWorkshopAsync(WorkshopsClient.WorkshopBody());

        var response = await PostJsonAsync($"/api/v1/workshops/{workshop}/registrations", body);

        await AssertProblemNamingAsync(response, field);
        Assert.Empty(await Client.RegistrationsAsync(workshop));
    }

    [Theory]
    [InlineData("/api/v1/workshops?from=yesterday")]
    [InlineData("/api/v1/workshops?partner=42")]
    [InlineData("/api/v1/workshops?format=party")]
    [InlineData("/api/v1/workshops?theme=Not%00a%20slug")]
    [InlineData("/api/v1/workshops/past?pageSize=1000")]
    public async Task A_bad_list_query_gets_a_problem_not_a_server_error(string path)
    {
        var response = await Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Registering_to_an_unknown_workshop_is_not_found()
    {
        var response = await Client.RegisterAsync(Guid.NewGuid(), WorkshopsClient.NewEmail());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private Task<HttpResponseMessage> PostJsonAsync(string path, string body) =>
        Client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));

    private async Task<long> StaffWorkshopTotalAsync() =>
        (await Client.GetFromJsonAsync<JsonElement>($"{WorkshopsClient.Staff}/workshops?pageSize=1")).GetProperty("total").GetInt64();

    private static async Task AssertProblemNamingAsync(HttpResponseMessage response, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonSerializer.Deserialize<JsonElement>(text);
        Assert.True(problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _), $"{field} not named in {text}");
    }
}
