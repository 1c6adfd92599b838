namespace PlanetTechCare.AppHost.Hosting;

/// <summary>A PostgreSQL server: a local <c>postgres</c> process, or an existing server named by <c>ConnectionStrings:&lt;name&gt;</c>.</summary>
public sealed class PostgresServerResource(string name) : IResourceWithConnectionString
{
    private readonly List<PostgresDatabaseResource> databases = [];

    public string Name { get; } = name;

    public string UserName => "postgres";

    public IReadOnlyList<PostgresDatabaseResource> Databases => databases;

    internal void Add(PostgresDatabaseResource database) => databases.Add(database);
}
