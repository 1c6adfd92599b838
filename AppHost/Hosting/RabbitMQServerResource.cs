namespace PlanetTechCare.AppHost.Hosting;

/// <summary>A RabbitMQ broker: a local node, or an existing broker named by <c>ConnectionStrings:&lt;name&gt;</c>.</summary>
public sealed class RabbitMQServerResource(string name) : IResourceWithConnectionString
{
    public string Name { get; } = name;

    /// <summary>Whether the node runs the management plug-in (HTTP API and UI on its own port).</summary>
    public bool ManagementPlugin { get; internal set; }
}
