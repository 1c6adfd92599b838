using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PlanetTechCare.Signatories.Tests.Support;
namespace PlanetTechCare.Signatories.Tests;

[Collection(SignatoriesCollection.Name)]
public sealed class DuplicateApplicationTests(SignatoriesFixture service)
{
    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_answers_the_first_application_and_stores_nothing_more()
    {
        var application = Applications.Valid();
        var key = Guid.NewGuid().ToString();
        var first = await (await service.Http.ApplyAsync(application, key)).JsonAsync();

        var retry = await service.Http.ApplyAsync(application, key);

        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(first.GetProperty("id").GetGuid(), (await retry.JsonAsync()).GetProperty("id").GetGuid());
        Assert.Equal(1, await service.CountAsync("SELECT count(*) FROM signatories WHERE siren = @s", ("s", application["siren"]!.GetValue<string>())));
    }

    [Fact]
    public async Task A_retry_of_the_same_application_without_a_key_answers_the_first_one()
    {
        var application = Applications.Valid();
        var id = await service.Http.AppliedAsync(application);

        var retry = await service.Http.ApplyAsync(application);

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(id, (await retry.JsonAsync()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_second_live_application_for_the_same_siren_gets_409_with_a_link_to_the_first()
    {
        // Given an organisation that already applied
        var siren = Sirens.New();
        var first = await service.Http.AppliedAsync(Applications.Valid(siren));

        // When someone else applies for the same SIREN with another name
        var second = await service.Http.ApplyAsync(Applications.Valid(siren));

        // Then it is refused with a link to the first application, and nothing more is stored
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        var problem = await second.JsonAsync();
        Assert.EndsWith($"/api/v1/signatories/staff/{first}", problem.GetProperty("existing").GetString());
        Assert.EndsWith($"/api/v1/signatories/staff/{first}", second.Headers.Location?.ToString());
        Assert.Equal(1, await service.CountAsync("SELECT count(*) FROM signatories WHERE siren = @s", ("s", siren)));
    }

    [Fact]
    public async Task An_approved_organisation_cannot_apply_again_for_the_same_siren()
    {
        var siren = Sirens.New();
        await service.Http.ApprovedAsync(Applications.Valid(siren));

        var again = await service.Http.ApplyAsync(Applications.Valid(siren));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task An_organisation_can_apply_again_once_its_application_was_rejected()
    {
        var siren = Sirens.New();
        var first = await service.Http.AppliedAsync(Applications.Valid(siren));
        await service.Http.ActAsync(first, "reject", "Incomplete application.");

        var again = await service.Http.ApplyAsync(Applications.Valid(siren));

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
    }

    [Fact]
    public async Task Concurrent_applications_for_the_same_siren_store_only_one()
    {
        var siren = Sirens.New();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => service.Http.ApplyAsync(Applications.Valid(siren))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, r.StatusCode.ToString()));
        Assert.Equal(1, await service.CountAsync("SELECT count(*) FROM signatories WHERE siren = @s", ("s", siren)));
    }

    [Fact]
    public async Task An_idempotency_key_reused_for_another_application_gets_409()
    {
        var key = Guid.NewGuid().ToString();
        await service.Http.ApplyAsync(Applications.Valid(), key);
        var other = Applications.Valid();

        var response = await service.Http.ApplyAsync(other, key);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(0, await service.CountAsync("SELECT count(*) FROM signatories WHERE siren = @s", ("s", other["siren"]!.GetValue<string>())));
    }

    [Fact]
    public async Task An_over_long_idempotency_key_gets_400_naming_the_header()
    {
        var response = await service.Http.ApplyAsync(Applications.Valid(), new string('k', 101));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("Idempotency-Key", out _));
    }
}
