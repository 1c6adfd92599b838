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
        { """{"titleFr":"T\u0000","format":"webinar","startsAt":"2031-01-01T10:00:00Z","endsAt":"2031-01-01T11:00:00Z","capacity":10}""", "titleFr" },
        { """{"titleFr":"T","summaryEn":"\u001b[31m","format":"webinar","startsAt":"2031-01-01T10:00:00Z","endsAt":"2031-01-01T11:00:00Z","capacity":10}""", "summaryEn" },
        { """{"titleFr":"T","format":"webinar","themes":["Eco Design"],"startsAt":"2031-01-01T10:00:00Z","endsAt":"2031-01-01T11:00:00Z","capacity":10}""", "themes" },
        { """{"titleFr":"T","format":"webinar","speakers":[{"name":"Ada\u0000"}],"startsAt":"2031-01-01T10:00:00Z","endsAt":"2031-01-01T11:00:00Z","capacity":10}""", "speakers[0].name" },
        { """{"titleFr":"T","format":"webinar","speakers":[{"organisation":"Org"}],"startsAt":"2031-01-01T10:00:00Z","endsAt":"2031-01-01T11:00:00Z","capacity":10}""", "speakers[0].name" },
        { """{"titleFr":"T","format":"webinar","startsAt":"2031-01-01T10:00:00Z","endsAt":"2031-01-01T11:00:00Z","capacity":10,"registrationOpensAt":"2030-12-01T00:00:00Z","registrationClosesAt":"2030-11-01T00:00:00Z"}""", "registrationClosesAt" },
        { """{"titleFr":"T","format":"webinar","startsAt":"2031-01-01T10:00:00Z","endsAt":"2031-01-01T11:00:00Z"}""", "capacity" },
        { """[1,2]""", "body" },
    };

    [Fact]
    public async Task An_idempotency_key_too_long_gets_a_problem_naming_the_header()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{WorkshopsClient.Staff}/workshops")
        {
            Content = new StringContent(ValidWorkshop, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", new string('k', 101));

        await ProblemAssert.NamesFieldAsync(await Client.SendAsync(request), "Idempotency-Key");
    }

    [Fact]
    public async Task A_cancellation_reason_with_a_control_character_gets_a_problem_naming_it()
    {
        var workshop = await Client.CreateScheduledWorkshopAsync(WorkshopsClient.WorkshopBody());

        var response = await PostJsonAsync($"{WorkshopsClient.Staff}/workshops/{workshop}/cancel", """{"reason":"Speaker ill\u0000"}""");

        await ProblemAssert.NamesFieldAsync(response, "reason");
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"reason":"   "}""")]
    [InlineData("""{"reason":null}""")]
    [InlineData(null)]
    [InlineData("LONG")]
    public async Task A_cancellation_without_a_reason_or_with_one_too_long_gets_a_problem_naming_it_and_changes_nothing(string? body)
    {
        var workshop = await Client.CreateScheduledWorkshopAsync(WorkshopsClient.WorkshopBody());
        var registration = await Client.RegisterOkAsync(workshop, WorkshopsClient.NewEmail());
        var path = $"{WorkshopsClient.Staff}/workshops/{workshop}/cancel";

        var response = body switch
        {
            null => await Client.PostAsync(path, null),
            "LONG" => await Client.PostAsJsonAsync(path, new { reason = new string('r', 1001) }),
            _ => await PostJsonAsync(path, body),
        };

        await ProblemAssert.NamesFieldAsync(response, "reason");
        var staffView = await Client.GetFromJsonAsync<JsonElement>($"{WorkshopsClient.Staff}/workshops/{workshop}");
        Assert.Equal("scheduled", staffView.GetProperty("status").GetString());
        Assert.Equal("confirmed", Assert.Single(await Client.RegistrationsAsync(workshop)).GetProperty("status").GetString());
        Assert.Equal(registration.GetProperty("id").GetGuid(), Assert.Single(await Client.RegistrationsAsync(workshop)).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task An_empty_registration_names_every_required_field_organisation_included()
    {
        var workshop = await Client.CreateScheduledWorkshopAsync(WorkshopsClient.WorkshopBody());

        var response = await PostJsonAsync($"/api/v1/workshops/{workshop}/registrations", "{}");

        await ProblemAssert.NamesFieldAsync(response, "organisation");
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.All(new[] { "name", "email", "organisation" }, field => Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}"));
        Assert.Equal("This field is required.", errors.GetProperty("organisation")[0].GetString());
        Assert.Empty(await Client.RegistrationsAsync(workshop));
    }

    public static TheoryData<string, string> InvalidPartners => new()
    {
        { """{"name":"Partner\u0000"}""", "name" },
        { """{"name":"  "}""", "name" },
        { """{"name":"P","website":"ftp://partner.example.org"}""", "website" },
        { """{"name":"P","descriptionFr":"\u0007"}""", "descriptionFr" },
    };

    [Theory]
    [MemberData(nameof(InvalidPartners))]
    public async Task An_invalid_partner_gets_a_problem_naming_the_field(string body, string field) =>
        await ProblemAssert.NamesFieldAsync(await PostJsonAsync($"{WorkshopsClient.Staff}/partners", body), field);

    public static TheoryData<string, string> InvalidReplays => new()
    {
        { """{"languages":["fr"]}""", "replayUrl" },
        { """{"replayUrl":"https://replays.example.org/\u0000","languages":["fr"]}""", "replayUrl" },
        { """{"replayUrl":"https://replays.example.org/1","languages":[]}""", "languages" },
        { """{"replayUrl":"https://replays.example.org/1","languages":["de"]}""", "languages" },
    };

    [Theory]
    [MemberData(nameof(InvalidReplays))]
    public async Task An_invalid_replay_gets_a_problem_naming_the_field(string body, string field)
    {
        var workshop = await Client.CreateScheduledWorkshopAsync(WorkshopsClient.WorkshopBody());

        var response = await Client.PutAsync($"{WorkshopsClient.Staff}/workshops/{workshop}/replay", new StringContent(body, Encoding.UTF8, "application/json"));

        await ProblemAssert.NamesFieldAsync(response, field);
    }

    [Fact]
    public async Task Attendance_without_its_list_gets_a_problem_naming_it()
    {
        var workshop = await Client.CreateScheduledWorkshopAsync(WorkshopsClient.WorkshopBody());

        var response = await PostJsonAsync($"{WorkshopsClient.Staff}/workshops/{workshop}/attendance", "{}");

        await ProblemAssert.NamesFieldAsync(response, "attendedRegistrationIds");
    }

    [Theory]
    [MemberData(nameof(InvalidWorkshops))]
    public async Task An_invalid_workshop_gets_a_problem_naming_the_field_and_nothing_is_stored(string body, string field)
    {
        var before = await StaffWorkshopTotalAsync();

        var response = await PostJsonAsync($"{WorkshopsClient.Staff}/workshops", body);

        await ProblemAssert.NamesFieldAsync(response, field);
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
        { """{"name":"A","email":"a@example.org","organisation":"Org","consent":false}""", "consent" },
        { """{"name":"A","email":"a@example.org","organisation":"Org"}""", "consent" },
        { """{"email":"a@example.org","consent":true}""", "name" },
        { """{"name":"A","email":"a@example.org","organisation":"Org","consent":"yes"}""", "consent" },
        { """{"name":"A\u0000B","email":"a@example.org","consent":true}""", "name" },
        { $$"""{"name":"{{new string('n', 201)}}","email":"a@example.org","consent":true}""", "name" },
        { """{"name":123,"email":"a@example.org","consent":true}""", "name" },
        { """{"name":"A","email":"a@example.org","organisation":"Org\u0000","consent":true}""", "organisation" },
        { """{"name":"A","email":"a@example.org","consent":true}""", "organisation" },
        { """{"name":"A","email":"a@example.org","organisation":"  ","consent":true}""", "organisation" },
        { """{"name":"A","email":"a@localhost","consent":true}""", "email" },
        { """not json""", "body" },
        { """{"name":"A","email":"a@example.org","organisation":"Org","consent":true,"language":"de"}""", "language" },
    };

    [Theory]
    [MemberData(nameof(InvalidRegistrations))]
    public async Task An_invalid_registration_gets_a_problem_naming_the_field_and_nothing_is_stored(string body, string field)
    {
        var workshop = await Client.CreateScheduledWorkshopAsync(WorkshopsClient.WorkshopBody());

        var response = await PostJsonAsync($"/api/v1/workshops/{workshop}/registrations", body);

        await ProblemAssert.NamesFieldAsync(response, field);
        Assert.Empty(await Client.RegistrationsAsync(workshop));
    }

    [Theory]
    [InlineData("/api/v1/workshops?from=yesterday", "from")]
    [InlineData("/api/v1/workshops?from=notadate", "from")]
    [InlineData("/api/v1/workshops?to=2031-01-01T00:00:00Z&from=2031-02-01T00:00:00Z", "to")]
    [InlineData("/api/v1/workshops?partner=42", "partner")]
    [InlineData("/api/v1/workshops?partner=xyz", "partner")]
    [InlineData("/api/v1/workshops?format=party", "format")]
    [InlineData("/api/v1/workshops?theme=Not%00a%20slug", "theme")]
    [InlineData("/api/v1/workshops?pageSize=abc", "pageSize")]
    [InlineData("/api/v1/workshops/past?pageSize=1000", "pageSize")]
    [InlineData("/api/v1/workshops/past?page=0", "page")]
    [InlineData("/api/v1/workshops/partners?pageSize=0", "pageSize")]
    [InlineData("/api/v1/workshops/attendance?page=abc", "page")]
    [InlineData("/api/v1/workshops/staff/workshops?pageSize=101", "pageSize")]
    public async Task A_bad_list_query_gets_a_problem_naming_the_parameter(string path, string field) =>
        await ProblemAssert.NamesFieldAsync(await Client.GetAsync(path), field);

    [Fact]
    public async Task The_api_document_describes_the_validated_queries_and_headers()
    {
        var document = await Client.GetFromJsonAsync<JsonElement>("/api/v1/workshops/openapi/v1.json");

        var list = document.GetProperty("paths").EnumerateObject().Single(p => p.Name.TrimEnd('/') == "/api/v1/workshops").Value.GetProperty("get");
        var names = list.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("pageSize", names);
        Assert.Contains("from", names);
        var create = document.GetProperty("paths").GetProperty("/api/v1/workshops/staff/workshops").GetProperty("post");
        Assert.Contains(create.GetProperty("parameters").EnumerateArray(),
            p => p.GetProperty("name").GetString() == "Idempotency-Key" && p.GetProperty("in").GetString() == "header");
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
}
