using PlanetTechCare.AppHost.Supervision;
using PlanetTechCare.AppHost.Tests.Fixtures;

namespace PlanetTechCare.AppHost.Tests;

/// <summary>Crashed processes come back by themselves; stopped ones stay stopped. The gateway is a real service that needs no server.</summary>
public sealed class SupervisionTests
{
    [Fact]
    public void Restart_delay_starts_at_one_second_and_doubles_up_to_thirty()
    {
        Assert.Equal([1, 2, 4, 8, 16, 30, 30], Enumerable.Range(1, 7).Select(crashes => CrashedResourceRestarter.DelayBefore(crashes).TotalSeconds));
    }

    [Fact]
    public async Task Crashed_service_is_started_again_in_a_new_process_and_answers()
    {
        var builder = TestApps.Empty();
        builder.AddService<Projects.Gateway>("gateway");
        await using var app = builder.Build();
        await app.StartHealthyAsync();
        var first = await app.ProcessIdAsync("gateway");

        await app.KillAsync("gateway");

        await app.WaitUntilRestartedAsync("gateway");
        Assert.NotEqual(first, await app.ProcessIdAsync("gateway"));
        using var client = app.CreateHttpClient("gateway");
        using var response = await client.GetAsync(new Uri("/alive", UriKind.Relative));
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Service_stopped_on_purpose_stays_stopped()
    {
        var builder = TestApps.Empty();
        builder.AddService<Projects.Gateway>("gateway");
        await using var app = builder.Build();
        await app.StartHealthyAsync();
        var process = (await app.ProcessIdAsync("gateway"))!.Value;

        await app.StopResourceAsync("gateway");
        await Task.Delay(CrashedResourceRestarter.DelayBefore(1) * 4);

        Assert.Contains((await app.SnapshotAsync("gateway")).State?.Text, KnownResourceStates.TerminalStates);
        Assert.False(ProcessTree.IsAlive(process));
        Assert.Null(await app.ProcessIdAsync("gateway"));
    }

    [Fact]
    public async Task Crashed_postgres_is_started_again_with_its_data()
    {
        var builder = TestApps.Empty();
        builder.AddLocalPostgres("postgres").RestartsWhenCrashed().AddDatabase("keptdb");
        await using var app = builder.Build();
        await app.StartHealthyAsync();
        var database = (await app.GetConnectionStringAsync("keptdb"))!;
        await Postgres.ScalarAsync<int>(database, "CREATE TABLE kept (id int); INSERT INTO kept VALUES (7); SELECT 1");
        var first = await app.ProcessIdAsync("postgres");

        await app.KillAsync("postgres");

        await app.WaitUntilRestartedAsync("postgres");
        Assert.NotEqual(first, await app.ProcessIdAsync("postgres"));
        Assert.Equal(7, await Postgres.ScalarAsync<int>(database, "SELECT id FROM kept"));
    }
}
