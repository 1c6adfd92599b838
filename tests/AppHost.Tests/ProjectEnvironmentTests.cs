namespace PlanetTechCare.AppHost.Tests;

/// <summary>The configuration a project would receive, read without starting anything.</summary>
public sealed class ProjectEnvironmentTests : IAsyncLifetime
{
    private DistributedApplication app = null!;

    public Task InitializeAsync()
    {
        var builder = DistributedApplicationTestingBuilder.Create("--OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:4317");
        var postgres = builder.AddPostgres("postgres");
        var signatoriesDb = postgres.AddDatabase("signatoriesdb");
        var messaging = builder.AddRabbitMQ("messaging");
        var signatories = builder.AddProject("signatories", "services/Signatories/Signatories.csproj")
            .WithReference(signatoriesDb)
            .WithReference(messaging)
            .WaitFor(signatoriesDb)
            .WithReplicas(2);
        builder.AddProject("gateway", "gateway/Gateway.csproj")
            .WithHttpEndpoint(port: 18080)
            .WithReference(signatories)
            .WithEnvironment("Gateway__Greeting", "bonjour");
        app = builder.Build();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Database_reference_injects_the_database_connection_string()
    {
        var environment = app.GetProjectEnvironment("signatories");

        Assert.Equal(await app.GetConnectionStringAsync("signatoriesdb"), environment["ConnectionStrings__signatoriesdb"]);
        Assert.Matches(@"^Host=127\.0\.0\.1;Port=\d+;Username=postgres;Password=\w+;Database=signatoriesdb$", environment["ConnectionStrings__signatoriesdb"]);
    }

    [Fact]
    public async Task Broker_reference_injects_the_amqp_connection_string()
    {
        var environment = app.GetProjectEnvironment("signatories");

        Assert.Equal(await app.GetConnectionStringAsync("messaging"), environment["ConnectionStrings__messaging"]);
        Assert.StartsWith("amqp://", environment["ConnectionStrings__messaging"], StringComparison.Ordinal);
    }

    [Fact]
    public void Project_reference_injects_one_endpoint_per_replica()
    {
        var environment = app.GetProjectEnvironment("gateway");

        Assert.Equal(app.GetEndpoint("signatories", 0).ToString().TrimEnd('/'), environment["services__signatories__http__0"]);
        Assert.Equal(app.GetEndpoint("signatories", 1).ToString().TrimEnd('/'), environment["services__signatories__http__1"]);
        Assert.DoesNotContain("services__signatories__http__2", environment.Keys);
        Assert.Matches(@"^http://127\.0\.0\.1:\d+$", environment["services__signatories__http__0"]);
    }

    [Fact]
    public void Every_replica_gets_the_resource_name_as_service_name()
    {
        Assert.Equal("signatories", app.GetProjectEnvironment("signatories", 0)["OTEL_SERVICE_NAME"]);
        Assert.Equal("signatories", app.GetProjectEnvironment("signatories", 1)["OTEL_SERVICE_NAME"]);
    }

    [Fact]
    public void Each_replica_gets_its_own_service_instance_id()
    {
        var first = app.GetProjectEnvironment("signatories", 0)["OTEL_RESOURCE_ATTRIBUTES"];
        var second = app.GetProjectEnvironment("signatories", 1)["OTEL_RESOURCE_ATTRIBUTES"];

        Assert.StartsWith("service.instance.id=", first, StringComparison.Ordinal);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Each_replica_listens_on_its_own_loopback_url()
    {
        var first = app.GetProjectEnvironment("signatories", 0)["ASPNETCORE_URLS"];
        var second = app.GetProjectEnvironment("signatories", 1)["ASPNETCORE_URLS"];

        Assert.Matches(@"^http://127\.0\.0\.1:\d+$", first);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Fixed_http_port_binds_localhost_on_that_port()
    {
        Assert.Equal("http://localhost:18080", app.GetProjectEnvironment("gateway")["ASPNETCORE_URLS"]);
    }

    [Fact]
    public void Values_given_with_environment_reach_the_project()
    {
        Assert.Equal("bonjour", app.GetProjectEnvironment("gateway")["Gateway__Greeting"]);
    }

    [Fact]
    public void Otlp_endpoint_of_the_apphost_configuration_reaches_every_project()
    {
        Assert.Equal("http://127.0.0.1:4317", app.GetProjectEnvironment("gateway")["OTEL_EXPORTER_OTLP_ENDPOINT"]);
    }

    [Fact]
    public void Project_gets_no_connection_string_it_does_not_reference()
    {
        Assert.DoesNotContain(app.GetProjectEnvironment("gateway").Keys, key => key.StartsWith("ConnectionStrings__", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Otlp_endpoint_is_not_injected_when_the_apphost_has_none()
    {
        var builder = DistributedApplicationTestingBuilder.Create();
        builder.AddProject("gateway", "gateway/Gateway.csproj");
        await using var bare = builder.Build();

        Assert.DoesNotContain("OTEL_EXPORTER_OTLP_ENDPOINT", bare.GetProjectEnvironment("gateway").Keys);
    }

    [Fact]
    public void Aspnetcore_environment_is_development_unless_the_apphost_has_one()
    {
        var inherited = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT");
        var environment = app.GetProjectEnvironment("gateway");

        Assert.Equal(inherited is null ? "Development" : null, environment.GetValueOrDefault("ASPNETCORE_ENVIRONMENT"));
    }

    [Fact]
    public void Fixed_port_with_several_replicas_is_refused()
    {
        var builder = DistributedApplicationTestingBuilder.Create();
        builder.AddProject("gateway", "gateway/Gateway.csproj").WithHttpEndpoint(port: 18081).WithReplicas(2);

        Assert.Throws<InvalidOperationException>(builder.Build);
    }
}
