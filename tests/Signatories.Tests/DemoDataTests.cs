using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using PlanetTechCare.Signatories.Tests.Support;

namespace PlanetTechCare.Signatories.Tests;

[Collection(DemoDataCollection.Name)]
public sealed class DemoDataTests(DemoDataFixture service)
{
    [Fact]
    public async Task The_demo_data_looks_like_the_programme_315_after_six_months_mostly_providers_about_forty_schools()
    {
        var figures = await SeededFiguresAsync();

        var sixthMonth = figures.GetProperty("monthly").EnumerateArray().Single(m => m.GetProperty("month").GetString() == "2026-10");
        Assert.Equal(315, sixthMonth.GetProperty("cumulative").GetInt32());
        var total = figures.GetProperty("total").GetInt32();
        var byCategory = figures.GetProperty("byCategory");
        Assert.True(byCategory.GetProperty("digital-service-provider").GetInt32() * 2 > total);
        Assert.InRange(byCategory.GetProperty("school-or-training-body").GetInt32(), 35, 45);
    }

    [Fact]
    public async Task The_demo_data_goes_through_the_outbox_and_is_seeded_once_across_restarts()
    {
        var before = (await SeededFiguresAsync()).GetProperty("total").GetInt32();

        await service.App.KillAsync("signatories");
        await Eventually.HoldsAsync(async () =>
        {
            try
            {
                return (await service.Http.GetAsync("/health")).StatusCode == HttpStatusCode.OK;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, "the service is healthy again", 90);

        Assert.Equal(before, (await SeededFiguresAsync()).GetProperty("total").GetInt32());
        await Eventually.HoldsAsync(async () => await UnsentAsync() == 0, "every seeded event is published", 60);
    }

    private async Task<JsonElement> SeededFiguresAsync()
    {
        JsonElement figures = default;
        await Eventually.HoldsAsync(async () =>
        {
            figures = await service.Http.GetFromJsonAsync<JsonElement>("/api/v1/signatories/figures");
            return figures.GetProperty("total").GetInt32() > 0;
        }, "the demo data is seeded");
        return figures;
    }

    private async Task<long> UnsentAsync()
    {
        await using var connection = new NpgsqlConnection(service.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
