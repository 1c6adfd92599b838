using Microsoft.Extensions.DependencyInjection;

namespace PlanetTechCare.TestSupport;

/// <summary>
/// App models for tests, through Aspire.Hosting.Testing: the AppHost's own, or an empty one a test
/// fills itself. Each gets a data folder of its own (deleted with the app, once started) and
/// PostgreSQL without fsync; ports are dynamic, so test assemblies run side by side.
/// </summary>
public static class TestApps
{
    /// <summary>The whole platform as the AppHost's Program.cs declares it.</summary>
    public static async Task<IDistributedApplicationTestingBuilder> PlatformAsync(params string[] args)
    {
        var folder = Directory.CreateTempSubdirectory("ptc-apphost-").FullName;
        return WithDeletion(await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>([.. TestSettings(folder), .. args]), folder);
    }

    /// <summary>An empty app model, for a test that declares the servers and services it needs.</summary>
    /// <remarks>
    /// Its clients (<c>CreateHttpClient</c>) are plain: the testing builder's default resilience
    /// handler would retry the 429 and 5xx answers the tests are there to see.
    /// </remarks>
    public static IDistributedApplicationTestingBuilder Empty(params string[] args)
    {
        var folder = Directory.CreateTempSubdirectory("ptc-apphost-").FullName;
        var builder = DistributedApplicationTestingBuilder.Create([.. TestSettings(folder), "--ASPIRE_TESTING_DISABLE_HTTP_CLIENT=true", .. args]);
        builder.Services.AddHttpClient();
        return WithDeletion(builder, folder);
    }

    /// <summary>Settings a test's own arguments may override (another <c>AppHost:DataDirectory</c>, which is kept).</summary>
    private static string[] TestSettings(string folder) => [$"--AppHost:DataDirectory={folder}", "--AppHost:PostgresFsync=false"];

    private static IDistributedApplicationTestingBuilder WithDeletion(IDistributedApplicationTestingBuilder builder, string folder)
    {
        // Made as the app starts, before its orchestrator: so the container disposes it (deleting the
        // folder) after DCP has stopped every process.
        builder.Services.AddSingleton(_ => new TemporaryFolder(folder));
        builder.Eventing.Subscribe<BeforeStartEvent>((started, _) =>
        {
            started.Services.GetRequiredService<TemporaryFolder>();
            return Task.CompletedTask;
        });
        return builder;
    }

    private sealed class TemporaryFolder(string path) : IDisposable
    {
        public void Dispose()
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
    }
}
