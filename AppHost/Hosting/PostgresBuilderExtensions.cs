namespace PlanetTechCare.AppHost.Hosting;

public static class PostgresBuilderExtensions
{
    /// <summary>Declares a database on the server; it is created at start when missing.</summary>
    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(
        this IResourceBuilder<PostgresServerResource> server, string name, string? databaseName = null)
    {
        var database = new PostgresDatabaseResource(name, databaseName ?? name, server.Resource);
        server.Resource.Add(database);
        return server.ApplicationBuilder.AddResource(database);
    }
}
