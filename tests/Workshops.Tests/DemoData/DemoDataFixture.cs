using System.Net.Http.Json;
using System.Text.Json;

namespace PlanetTechCare.Workshops.Tests.DemoData;

/// <summary>
/// The workshops service with demo data on, as two replicas that both seed at start; ready once the
/// last demo workshop has its registrations (the seeding runs in the background, in date order).
/// </summary>
public sealed class DemoDataFixture : IAsyncLifetime
{
    private DistributedApplication? _app;

    public HttpClient Client { get; private set; } = new();

    public async Task InitializeAsync()
    {
        var builder = TestApps.Empty();
        var postgres = builder.AddLocalPostgres("postgres");
        var db = postgres.AddDatabase("workshopsdb");
        var identity = TestIdentity.AddTo(builder, postgres);
        var messaging = builder.AddLocalRabbitMQ("messaging");
        builder.AddService<Projects.Workshops>("workshops", replicas: 2)
            .WithReference(db).WaitFor(db)
            .WithReference(identity.Resource).WaitFor(identity.Resource)
            .WithReference(messaging).WaitFor(messaging)
            .WithEnvironment("DemoData__Enabled", "true");
        _app = builder.Build();
        await _app.StartHealthyAsync();
        Client = _app.CreateHttpClient("workshops");
        await identity.AuthorizeAsync(Client, _app);
        await Eventually.HoldsAsync(async () =>
        {
            // Latest start first: the last demo workshop, seeded last, with its 41 registrations.
            var latest = await Client.GetFromJsonAsync<JsonElement>("/api/v1/workshops/staff/workshops?pageSize=1");
            return latest.GetProperty("total").GetInt64() == 13 && latest.GetProperty("items")[0].GetProperty("confirmedCount").GetInt32() == 41;
        }, "the demo workshops are seeded", timeoutSeconds: 180);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
