namespace PlanetTechCare.AppHost.Hosting;

/// <summary>A database on a <see cref="PostgresServerResource"/>, created at start when missing.</summary>
public sealed class PostgresDatabaseResource(string name, string databaseName, PostgresServerResource server)
    : IResourceWithConnectionString
{
    public string Name { get; } = name;

    public string DatabaseName { get; } = databaseName;

    public PostgresServerResource Server { get; } = server;
}
