namespace PlanetTechCare.AppHost.Tests;

/// <summary>Uses the gateway, a real web project with /health that needs no database.</summary>
public sealed class ProjectLifecycleTests
{
    [Fact]
    public async Task Crashed_project_is_restarted_and_healthy_again()
    {
        var builder = DistributedApplicationTestingBuilder.Create();
        builder.AddProject("gateway", "gateway/Gateway.csproj");
        await using var app = builder.Build();
        await app.StartAsync();
        var firstProcess = app.GetResourceSnapshot("gateway").ProcessIds.Single();

        await app.KillAsync("gateway");
        await app.WaitForResourceHealthyAsync("gateway").WaitAsync(TimeSpan.FromSeconds(60));

        var snapshot = app.GetResourceSnapshot("gateway");
        Assert.Equal(ResourceState.Running, snapshot.State);
        Assert.Equal(1, snapshot.RestartCount);
        Assert.NotEqual(firstProcess, snapshot.ProcessIds.Single());
        using var client = app.CreateHttpClient("gateway");
        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode);
    }

    [Fact]
    public async Task Project_starts_only_after_the_database_it_waits_for_is_healthy()
    {
        var builder = DistributedApplicationTestingBuilder.Create();
        var database = builder.AddPostgres("postgres").AddDatabase("waitdb");
        builder.AddProject("gateway", "gateway/Gateway.csproj").WithReference(database).WaitFor(database);
        await using var app = builder.Build();

        await app.StartAsync();

        var databaseHealthyAt = app.GetResourceSnapshot("waitdb").HealthyAt;
        var gatewayStartedAt = app.GetResourceSnapshot("gateway").StartedAt;
        Assert.NotNull(databaseHealthyAt);
        Assert.True(gatewayStartedAt >= databaseHealthyAt, $"gateway started at {gatewayStartedAt:O}, database healthy at {databaseHealthyAt:O}");
    }

    [Fact]
    public async Task Project_is_not_started_when_what_it_waits_for_never_becomes_healthy()
    {
        var builder = DistributedApplicationTestingBuilder.Create("--ConnectionStrings:messaging=amqp://nobody:nothing@127.0.0.1:9");
        builder.Options.StartupTimeout = TimeSpan.FromSeconds(4);
        var messaging = builder.AddRabbitMQ("messaging");
        builder.AddProject("gateway", "gateway/Gateway.csproj").WaitFor(messaging);
        await using var app = builder.Build();

        var error = await Assert.ThrowsAsync<DistributedApplicationException>(() => app.StartAsync());

        Assert.Contains("'messaging'", error.Message, StringComparison.Ordinal);
        Assert.Null(app.GetResourceSnapshot("gateway").StartedAt);
    }

    [Fact]
    public async Task Missing_build_output_fails_start_with_a_clear_message()
    {
        var builder = DistributedApplicationTestingBuilder.Create();
        builder.AddProject("ghost", "services/Ghost/Ghost.csproj");
        await using var app = builder.Build();

        var error = await Assert.ThrowsAsync<DistributedApplicationException>(() => app.StartAsync());

        Assert.Contains("PlanetTechCare.Ghost.dll is missing", error.Message, StringComparison.Ordinal);
    }
}
