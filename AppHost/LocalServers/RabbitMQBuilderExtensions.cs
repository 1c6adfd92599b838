using System.Net.Sockets;
using RabbitMQ.Client;

namespace PlanetTechCare.AppHost.LocalServers;

public static class RabbitMQBuilderExtensions
{
    /// <summary>
    /// RabbitMQ for the app model: the broker given by <c>ConnectionStrings:&lt;name&gt;</c>, or else a
    /// private node from the Debian package (installed when missing), every port on loopback, with
    /// its Erlang port mapper in the foreground as a resource of its own (<c>epmd -daemon</c> would
    /// outlive the AppHost). <paramref name="managementPlugin"/> adds the management API.
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddLocalRabbitMQ(
        this IDistributedApplicationBuilder builder, string name, bool managementPlugin = false)
    {
        if (builder.Configuration.GetConnectionString(name) is not null)
        {
            return builder.AddGivenConnectionString(name).WithBrokerReadinessProbe(name);
        }

        DebianPackages.EnsureInstalled("rabbitmq-server", () => File.Exists(LocalRabbitMQResource.ServerScript));
        var folder = DataFolder.Of(builder);
        var portMapper = builder.AddExecutable($"{name}-epmd", "epmd", folder.For(name)).WithEndpoint(name: "tcp", scheme: "tcp", isProxied: false);
        var portMapperPort = portMapper.GetEndpoint("tcp").Property(EndpointProperty.Port);
        portMapper.WithArgs("-port", portMapperPort, "-address", "127.0.0.1").WithReadinessProbe($"{name}-epmd-answers", async cancellationToken =>
        {
            // NAMES_REQ: epmd answers with its port; a bare connection would only make it log a partial packet.
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", portMapper.GetEndpoint("tcp").Port, cancellationToken);
            var stream = client.GetStream();
            await stream.WriteAsync(new byte[] { 0, 1, (byte)'n' }, cancellationToken);
            await stream.ReadExactlyAsync(new byte[4], cancellationToken);
        });

        var user = builder.AddParameter($"{name}-user", "ptc-" + folder.Secret($"{name}-user", 8).ToLowerInvariant(), secret: true);
        var broker = new LocalRabbitMQResource(name, folder.For(name), user.Resource, builder.AddGeneratedSecret($"{name}-password").Resource);
        var server = builder.AddResource(broker)
            .WithEndpoint(name: "tcp", scheme: "tcp", isProxied: false)
            .WithEndpoint(name: "distribution", scheme: "tcp", isProxied: false)
            .WithEnvironment("RABBITMQ_NODENAME", $"ptc-{folder.Secret($"{name}-node", 10).ToLowerInvariant()}@localhost")
            .WithEnvironment("RABBITMQ_NODE_IP_ADDRESS", "127.0.0.1")
            .WithEnvironment("RABBITMQ_NODE_PORT", broker.Amqp.Property(EndpointProperty.Port))
            .WithEnvironment("RABBITMQ_DIST_PORT", broker.GetEndpoint("distribution").Property(EndpointProperty.Port))
            // The Erlang schedulers spin while they wait for work by default, which an idle broker pays for in
            // CPU; on a machine it shares with the services they sleep instead (RabbitMQ's runtime tuning guide).
            .WithEnvironment("RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS", "-kernel inet_dist_use_interface {127,0,0,1} +sbwt none +sbwtdcpu none +sbwtdio none")
            .WithEnvironment("ERL_EPMD_PORT", portMapperPort)
            .WithEnvironment("ERL_EPMD_ADDRESS", "127.0.0.1")
            .WithIconName("Mailbox")
            .WaitFor(portMapper);
        foreach (var (variable, file) in LocalRabbitMQResource.NodeFiles)
        {
            server.WithEnvironment(variable, broker.PathOf(file));
        }

        if (managementPlugin)
        {
            server.WithHttpEndpoint(name: LocalRabbitMQResource.ManagementEndpointName, isProxied: false);
        }

        return server
            .OnBeforeResourceStarted((resource, _, cancellationToken) => resource.WriteConfigurationAsync(
                managementPlugin ? resource.GetEndpoint(LocalRabbitMQResource.ManagementEndpointName).Port : null, cancellationToken))
            .WithBrokerReadinessProbe(name);
    }

    /// <summary>Gives a project the broker's management API as <c>services__&lt;broker&gt;__management__0</c>, when the broker is local and runs it.</summary>
    public static IResourceBuilder<ProjectResource> WithManagementApiOf(this IResourceBuilder<ProjectResource> project, IResourceBuilder<IResourceWithConnectionString> broker) =>
        broker.Resource is LocalRabbitMQResource local && local.Annotations.OfType<EndpointAnnotation>().Any(e => e.Name == LocalRabbitMQResource.ManagementEndpointName)
            ? project.WithReference(local.GetEndpoint(LocalRabbitMQResource.ManagementEndpointName))
            : project;

    private static IResourceBuilder<T> WithBrokerReadinessProbe<T>(this IResourceBuilder<T> broker, string name)
        where T : IResourceWithConnectionString =>
        broker.WithReadinessProbe($"{name}-accepts-connections", async cancellationToken =>
        {
            var factory = new ConnectionFactory { Uri = new Uri(await broker.Resource.GetConnectionStringAsync(cancellationToken) ?? string.Empty) };
            await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        });
}
