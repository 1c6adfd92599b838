namespace PlanetTechCare.AppHost.LocalServers;

/// <summary>A PostgreSQL server run as a plain process on a loopback port (no container engine needed).</summary>
public sealed class LocalPostgresResource(string name, string command, string dataDirectory, ParameterResource password)
    : ExecutableResource(name, command, dataDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";
    public const string SuperUser = "postgres";

    /// <summary>The folder the server keeps its data in (<c>-D</c>).</summary>
    public string DataDirectory { get; } = dataDirectory;

    public ParameterResource Password { get; } = password;

    public EndpointReference Endpoint => new(this, EndpointName);

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host=127.0.0.1;Port={Endpoint.Property(EndpointProperty.Port)};Username={SuperUser};Password={Password}");
}
