using System.Diagnostics;
namespace PlanetTechCare.Benchmarks;

/// <summary>
/// The whole platform as the AppHost declares it, with its demo data, rate limits above what one
/// machine sends, and webhooks allowed to a loopback receiver; timed from start to all healthy.
/// </summary>
public sealed class RunningPlatform : IAsyncDisposable
{
    private RunningPlatform(DistributedApplication app, TestIdentity identity, TimeSpan coldStart, IReadOnlyList<ResourceInstance> instances)
    {
        App = app;
        Identity = identity;
        ColdStart = coldStart;
        Instances = instances;
    }

    public DistributedApplication App { get; }

    public TestIdentity Identity { get; }

    /// <summary>From the first process started to every resource healthy (the build is not counted).</summary>
    public TimeSpan ColdStart { get; }

    /// <summary>Every replica of every resource that runs a process.</summary>
    public IReadOnlyList<ResourceInstance> Instances { get; }

    /// <summary>The process of each instance now, by resource name (replicas together).</summary>
    public ILookup<string, int> Processes() =>
        Instances.Select(instance => (instance.Name, Pid: App.ProcessId(instance))).Where(p => p.Pid is not null).ToLookup(p => p.Name, p => p.Pid!.Value);

    public Uri Gateway => App.GetEndpoint("gateway");

    public static async Task<RunningPlatform> StartAsync()
    {
        var (identity, identityArguments) = TestIdentity.ForAppHost();
        var builder = await TestApps.PlatformAsync(
        [
            "--Gateway:Port=0",
            "--Gateway:RateLimits:Anonymous:PermitLimit=100000000", "--Gateway:RateLimits:PublicWrites:PermitLimit=100000000",
            "--Gateway:RateLimits:Clients:PermitLimit=100000000",
            "--Webhooks:AllowLoopbackHttp=true",
            .. identityArguments,
        ]);
        var app = builder.Build();
        var started = Stopwatch.GetTimestamp();
        await app.StartHealthyAsync();
        var coldStart = Stopwatch.GetElapsedTime(started);
        return new RunningPlatform(app, identity, coldStart, await app.ProcessInstancesAsync());
    }

    /// <summary>A load client through the gateway; with <paramref name="authorized"/>, carrying a token allowed every scope.</summary>
    public async Task<HttpClient> GatewayClientAsync(int connections = 64, bool authorized = false)
    {
        var http = LoadDriver.ClientFor(Gateway, connections);
        if (authorized)
        {
            await Identity.AuthorizeAsync(http, App);
        }

        return http;
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
