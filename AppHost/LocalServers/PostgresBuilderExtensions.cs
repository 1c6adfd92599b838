using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace PlanetTechCare.AppHost.LocalServers;

public static class PostgresBuilderExtensions
{
    private const string DebianRoot = "/usr/lib/postgresql";

    /// <summary>
    /// PostgreSQL for the app model: the server given by <c>ConnectionStrings:&lt;name&gt;</c>, or else a
    /// local server run from the Debian package (installed when missing), its data under the data folder.
    /// Healthy once it answers a query; its databases are created as soon as it is.
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddLocalPostgres(this IDistributedApplicationBuilder builder, string name)
    {
        if (builder.Configuration.GetConnectionString(name) is not null)
        {
            return builder.AddGivenConnectionString(name).WithServerHealthCheck(name);
        }

        DebianPackages.EnsureInstalled("postgresql", () => NewestBinaries() is not null);
        var binaries = NewestBinaries()!;
        var postgres = Path.Combine(binaries, "postgres");
        var folder = DataFolder.Of(builder);
        var password = builder.AddGeneratedSecret($"{name}-password");
        var server = new LocalPostgresResource(name, Commands.Launcher(postgres), folder.For(name), password.Resource);
        // Without fsync a commit survives a crash of the server but not of the machine: tests turn it off
        // for speed (AppHost:PostgresFsync=false); synchronous_commit stays on, or a killed server would
        // lose acknowledged commits.
        var durability = builder.Configuration.GetValue("AppHost:PostgresFsync", true)
            ? []
            : new[] { "-c", "fsync=off", "-c", "full_page_writes=off" };
        return builder.AddResource(server)
            .WithEndpoint(name: LocalPostgresResource.EndpointName, scheme: "tcp", isProxied: false)
            .WithArgs([.. Commands.AsUser(PostgresDataFolder.ServiceUser, postgres), "-D", server.DataDirectory])
            .WithArgs("-p", server.Endpoint.Property(EndpointProperty.Port))
            .WithArgs("-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=300")
            .WithArgs(durability)
            .WithIconName("DatabaseMultiple")
            .OnBeforeResourceStarted((resource, started, cancellationToken) => PostgresDataFolder.PrepareAsync(
                resource, binaries, folder.Path, started.Services.GetRequiredService<ResourceLoggerService>().GetLogger(resource), cancellationToken))
            .WithServerHealthCheck(name);
    }

    /// <summary>A database of the server, created once the server is healthy; its connection string is the server's with <c>Database=</c>.</summary>
    public static IResourceBuilder<ConnectionStringResource> AddDatabase(this IResourceBuilder<IResourceWithConnectionString> server, string name)
    {
        server.Resource.Annotations.Add(new DatabaseAnnotation(name));
        return server.ApplicationBuilder
            .AddConnectionString(name, ReferenceExpression.Create($"{server.Resource};Database={name}"))
            .WithIconName("Database")
            .WaitFor(server);
    }

    private static IResourceBuilder<T> WithServerHealthCheck<T>(this IResourceBuilder<T> server, string name)
        where T : IResourceWithConnectionString =>
        server.WithReadinessProbe($"{name}-answers-queries", async cancellationToken =>
        {
            await using var connection = new NpgsqlConnection(await AdministrationConnectionStringAsync(server.Resource, cancellationToken));
            await connection.OpenAsync(cancellationToken);
        }).OnResourceReady(async (resource, ready, cancellationToken) =>
        {
            await using var connection = new NpgsqlConnection(await AdministrationConnectionStringAsync(resource, cancellationToken));
            await connection.OpenAsync(cancellationToken);
            foreach (var database in resource.Annotations.OfType<DatabaseAnnotation>())
            {
                await database.CreateAsync(connection, cancellationToken);
            }
        });

    /// <summary>For our own connections: the maintenance database, no pool kept open to delay a shutdown.</summary>
    private static async Task<string> AdministrationConnectionStringAsync(IResourceWithConnectionString server, CancellationToken cancellationToken) =>
        new NpgsqlConnectionStringBuilder(await server.GetConnectionStringAsync(cancellationToken))
        {
            Database = "postgres", Pooling = false, Timeout = 5,
        }.ConnectionString;

    private static string? NewestBinaries() =>
        Directory.Exists(DebianRoot)
            ? Directory.EnumerateDirectories(DebianRoot)
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "postgres")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
}
