using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Npgsql;
namespace PlanetTechCare.Benchmarks;

/// <summary>
/// Search latency of the directory over generated listings, against a one-listing read on the
/// same service in the same run; the typo search (close spellings) against the exact-name search,
/// held to a p50 under <see cref="TypoGoalMilliseconds"/>. Listings arrive the real way: approval events on the broker,
/// enriched and mostly published by the directory's demo-data rules. The public read cache is off,
/// so every search is answered by the database.
/// </summary>
public static class DirectorySearchBenchmark
{
    private const string Name = "directory search";
    private const double TypoGoalMilliseconds = 15;

    public static async Task<IReadOnlyList<Figure>> RunAsync(int listings, int samplesPerScenario)
    {
        var builder = TestApps.Empty();
        var db = builder.AddLocalPostgres("postgres").AddDatabase("directorydb");
        var messaging = builder.AddLocalRabbitMQ("messaging");
        builder.AddService<Projects.Directory>("directory")
            .WithReference(db).WaitFor(db)
            .WithReference(messaging).WaitFor(messaging)
            .WithEnvironment("DemoData__Enabled", "true")
            .WithEnvironment("PublicReadCache__Enabled", "false");
        await using var app = builder.Build();
        await app.StartHealthyAsync();
        using var http = app.CreateHttpClient("directory");

        await PublishApprovalsAsync(app, listings);
        var firstId = await WaitForListingsAsync(http, minimum: listings / 2);
        await WaitForAutoAnalyzeAsync(await app.GetConnectionStringAsync("directorydb")
            ?? throw new InvalidOperationException("The directory database has no connection string."));

        List<LatencySample> samples =
        [
            await LatencySample.MeasureAsync("one listing by id (baseline)", samplesPerScenario,
                async () => (await http.GetAsync($"/api/v1/directory/listings/{firstId}")).IsSuccessStatusCode ? 1 : 0),
            await Search(http, "exact name: q=Sobriété Atelier 00043", "q=Sobri%C3%A9t%C3%A9%20Atelier%2000043", samplesPerScenario),
            await Search(http, "typo: q=Sobriete Ateleir 00043", "q=Sobriete%20Ateleir%2000043", samplesPerScenario),
            await Search(http, "common term, no accents: q=eco-conception", "q=eco-conception", samplesPerScenario),
            await Search(http, "facet filter: region=bretagne&size=sme", "region=bretagne&size=sme", samplesPerScenario),
            await Search(http, "no filter (all published)", "", samplesPerScenario),
        ];
        var (byId, exactName, typo) = (samples[0], samples[1], samples[2]);
        return
        [
            .. samples.SelectMany(sample => sample == typo
                ? Figures(typo, "exact name search", exactName, $"p50 < {TypoGoalMilliseconds} ms", typo.P50Milliseconds < TypoGoalMilliseconds)
                : Figures(sample, "one listing by id", byId)),
        ];
    }

    private static Figure[] Figures(LatencySample sample, string baselineName, LatencySample baseline, string? goal = null, bool? met = null) =>
    [
        new(Name, $"{sample.Scenario}, {sample.MatchedTotal:N0} matched: p50", sample.P50Milliseconds, "ms", baselineName, baseline.P50Milliseconds, goal, met),
        new(Name, $"{sample.Scenario}: p99", sample.P99Milliseconds, "ms", baselineName, baseline.P99Milliseconds),
    ];

    private static Task<LatencySample> Search(HttpClient http, string scenario, string query, int samples) =>
        LatencySample.MeasureAsync(scenario, samples, async () => await TotalAsync(http, query));

    private static async Task<long> TotalAsync(HttpClient http, string query)
    {
        var page = await http.GetFromJsonAsync<JsonElement>($"/api/v1/directory/listings?pageSize=20&{query}");
        return page.GetProperty("total").GetInt64();
    }

    private static async Task PublishApprovalsAsync(DistributedApplication app, int listings)
    {
        var bus = await TestBus.StartAsync(app);
        try
        {
            foreach (var batch in Enumerable.Range(0, listings).Chunk(250))
            {
                await Task.WhenAll(batch.Select(index => bus.Publish(GeneratedProviders.Approval(index))));
            }
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    private static async Task<Guid> WaitForListingsAsync(HttpClient http, int minimum)
    {
        await Eventually.HoldsAsync(async () => await TotalAsync(http, "") >= minimum,
            $"at least {minimum} listings are public", timeoutSeconds: 600);
        var settled = -1L;
        await Eventually.HoldsAsync(async () =>
        {
            var before = settled;
            await Task.Delay(TimeSpan.FromSeconds(3));
            settled = await TotalAsync(http, "");
            return settled == before;
        }, "the directory has consumed every approval", timeoutSeconds: 600);
        var page = await http.GetFromJsonAsync<JsonElement>("/api/v1/directory/listings?pageSize=1");
        return page.GetProperty("items")[0].GetProperty("id").GetGuid();
    }

    /// <summary>
    /// A directory in service has its planner statistics kept by autovacuum; right after 10,000
    /// inserts they may describe a much smaller table, and the planner then scans every row for a
    /// selective search. The benchmark times the steady state: once the listings changed since the
    /// last analysis are fewer than autovacuum's own threshold for analysing them again.
    /// </summary>
    private static async Task WaitForAutoAnalyzeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var analysed = new NpgsqlCommand("""
            SELECT n_mod_since_analyze <= current_setting('autovacuum_analyze_threshold')::float8
                   + current_setting('autovacuum_analyze_scale_factor')::float8 * n_live_tup
            FROM pg_stat_user_tables WHERE relname = 'listings'
            """, connection);
        await Eventually.HoldsAsync(async () => (bool)(await analysed.ExecuteScalarAsync())!,
            "autovacuum has analysed the listings", timeoutSeconds: 300);
    }
}
