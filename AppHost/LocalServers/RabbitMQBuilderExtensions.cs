using System.Net.Sockets;
using RabbitMQ.Client;

namespace PlanetTechCare.AppHost.LocalServers;

public static class RabbitMQBuilderExtensions
{
    /// <summary>
    /// RabbitMQ for the app model: the broker given by <c>ConnectionStrings:&lt;name&gt;</c>, or else a
    /// private node run from the Debian package (installed when missing), with its Erlang port mapper
    /// in the foreground as a resource of its own (<c>epmd -daemon</c> would outlive the AppHost) and
    /// every port on loopback. <paramref name="managementPlugin"/> adds the management API
    /// (<c>services__&lt;name&gt;__management__0</c> for whoever references it with <see cref="WithManagementApiOf"/>).
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddLocalRabbitMQ(
        this IDistributedApplicationBuilder builder, string name, bool managementPlugin = false)
    {
        if (builder.Configuration.GetConnectionString(name) is not null)
        {
            return builder.AddGivenConnectionString(name).WithBrokerHealthCheck(name);
        }

        DebianPackages.EnsureInstalled("rabbitmq-server", () => File.Exists(LocalRabbitMQResource.ServerScript));
        var folder = DataFolder.Of(builder);
        var nodeDirectory = folder.For(name);
        var portMapper = builder.AddExecutable($"{name}-epmd", "epmd", nodeDirectory)
            .WithEndpoint(name: "tcp", scheme: "tcp", isProxied: false);
        var portMapperPort = portMapper.GetEndpoint("tcp").Property(EndpointProperty.Port);
        portMapper.WithArgs("-port", portMapperPort, "-address", "127.0.0.1").WithTcpHealthCheck($"{name}-epmd-listens");

        var user = builder.AddParameter($"{name}-user", "ptc-" + folder.Secret($"{name}-user", 8).ToLowerInvariant(), secret: true);
        var password = builder.AddGeneratedSecret($"{name}-password");
        var broker = new LocalRabbitMQResource(name, nodeDirectory, user.Resource, password.Resource);
        var server = builder.AddResource(broker)
            .WithEndpoint(name: LocalRabbitMQResource.AmqpEndpointName, scheme: "tcp", isProxied: false)
            .WithEndpoint(name: LocalRabbitMQResource.DistributionEndpointName, scheme: "tcp", isProxied: false)
            .WithEnvironment("HOME", broker.Folder.Home)
            .WithEnvironment("RABBITMQ_NODENAME", $"ptc-{folder.Secret($"{name}-node", 10).ToLowerInvariant()}@localhost")
            .WithEnvironment("RABBITMQ_NODE_IP_ADDRESS", "127.0.0.1")
            .WithEnvironment("RABBITMQ_NODE_PORT", broker.Amqp.Property(EndpointProperty.Port))
            .WithEnvironment("RABBITMQ_DIST_PORT", broker.GetEndpoint(LocalRabbitMQResource.DistributionEndpointName).Property(EndpointProperty.Port))
            .WithEnvironment("RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS", "-kernel inet_dist_use_interface {127,0,0,1}")
            .WithEnvironment("RABBITMQ_MNESIA_BASE", broker.Folder.DatabaseBase)
            .WithEnvironment("RABBITMQ_LOG_BASE", broker.Folder.LogBase)
            .WithEnvironment("RABBITMQ_CONFIG_FILE", broker.Folder.ConfigFile)
            .WithEnvironment("RABBITMQ_ADVANCED_CONFIG_FILE", broker.Folder.AdvancedConfigFile)
            .WithEnvironment("RABBITMQ_CONF_ENV_FILE", broker.Folder.EnvironmentFile)
            .WithEnvironment("RABBITMQ_ENABLED_PLUGINS_FILE", broker.Folder.EnabledPluginsFile)
            .WithEnvironment("ERL_EPMD_PORT", portMapperPort)
            .WithEnvironment("ERL_EPMD_ADDRESS", "127.0.0.1")
            .WithIconName("Mailbox")
            .WaitFor(portMapper);
        if (managementPlugin)
        {
            server.WithHttpEndpoint(name: LocalRabbitMQResource.ManagementEndpointName, isProxied: false);
        }

        server.OnBeforeResourceStarted(async (resource, _, cancellationToken) => resource.Folder.Write(
            await resource.User.GetValueAsync(cancellationToken) ?? string.Empty,
            await resource.Password.GetValueAsync(cancellationToken) ?? string.Empty,
            managementPlugin ? resource.GetEndpoint(LocalRabbitMQResource.ManagementEndpointName).Port : null));
        return server.WithBrokerHealthCheck(name);
    }

    /// <summary>Gives a project the broker's management API as <c>services__&lt;broker&gt;__management__0</c>, when the broker is local and runs it.</summary>
    public static IResourceBuilder<ProjectResource> WithManagementApiOf(this IResourceBuilder<ProjectResource> project, IResourceBuilder<IResourceWithConnectionString> broker) =>
        broker.Resource is LocalRabbitMQResource local && local.Annotations.OfType<EndpointAnnotation>().Any(e => e.Name == LocalRabbitMQResource.ManagementEndpointName)
            ? project.WithReference(local.GetEndpoint(LocalRabbitMQResource.ManagementEndpointName))
            : project;

    private static IResourceBuilder<T> WithBrokerHealthCheck<T>(this IResourceBuilder<T> broker, string name)
        where T : IResourceWithConnectionString =>
        broker.WithReadinessProbe($"{name}-accepts-connections", async cancellationToken =>
        {
            var factory = new ConnectionFactory
            {
                Uri = new Uri(await broker.Resource.GetConnectionStringAsync(cancellationToken) ?? string.Empty),
                RequestedConnectionTimeout = TimeSpan.FromSeconds(5),
            };
            await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        });

    private static IResourceBuilder<ExecutableResource> WithTcpHealthCheck(this IResourceBuilder<ExecutableResource> resource, string key) =>
        resource.WithReadinessProbe(key, async cancellationToken =>
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", resource.GetEndpoint("tcp").Port, cancellationToken);
        });
}
