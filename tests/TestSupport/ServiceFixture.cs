namespace PlanetTechCare.TestSupport;

/// <summary>
/// One service under test with its servers, started once for a test collection through
/// Aspire.Hosting.Testing: a real PostgreSQL holding the service's database, a real RabbitMQ and the
/// identity service; <see cref="Http"/> calls the service with a token allowed every scope. A
/// fixture names its service and database, and may set the service's environment and replicas, and
/// what starts or is awaited once the service runs.
/// </summary>
public abstract class ServiceFixture<TProject>(string service, string database) : IAsyncLifetime
    where TProject : IProjectMetadata, new()
{
    private DistributedApplication? _app;
    private TestIdentity? _identity;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The service is not started.");

    public TestIdentity Identity => _identity ?? throw new InvalidOperationException("The service is not started.");

    public HttpClient Http { get; private set; } = new();

    /// <summary>The service's environment, beyond its references to the servers.</summary>
    protected virtual IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>();

    protected virtual int Replicas => 1;

    public async Task<string> ConnectionStringAsync(string resource) =>
        await App.GetConnectionStringAsync(resource) ?? throw new InvalidOperationException($"{resource} gave no connection string.");

    /// <summary>A client of the service calling as the API client <paramref name="clientId"/> (dispose it).</summary>
    public async Task<HttpClient> AppAsync(string clientId)
    {
        var http = App.CreateHttpClient(service);
        http.DefaultRequestHeaders.Authorization = new("Bearer", await Identity.TokenAsync(App, clientId));
        return http;
    }

    public async Task InitializeAsync()
    {
        var builder = TestApps.Empty();
        var postgres = builder.AddLocalPostgres("postgres");
        var db = postgres.AddDatabase(database);
        _identity = TestIdentity.AddTo(builder, postgres);
        var messaging = builder.AddLocalRabbitMQ("messaging");
        var project = builder.AddService<TProject>(service, Replicas)
            .WithReference(db).WaitFor(db)
            .WithReference(_identity.Resource).WaitFor(_identity.Resource)
            .WithReference(messaging).WaitFor(messaging);
        foreach (var (key, value) in Environment)
        {
            project.WithEnvironment(key, value);
        }

        _app = builder.Build();
        await _app.StartHealthyAsync();
        Http = _app.CreateHttpClient(service);
        await _identity.AuthorizeAsync(Http, _app);
        await WhenStartedAsync();
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await WhenStoppingAsync();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>What starts, or is awaited, once the service runs (a test bus, demo data seeded).</summary>
    protected virtual Task WhenStartedAsync() => Task.CompletedTask;

    /// <summary>What stops before the servers do.</summary>
    protected virtual Task WhenStoppingAsync() => Task.CompletedTask;
}
