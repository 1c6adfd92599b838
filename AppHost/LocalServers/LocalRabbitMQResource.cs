namespace PlanetTechCare.AppHost.LocalServers;

/// <summary>A RabbitMQ node run as a plain process on loopback ports, with its own Erlang port mapper.</summary>
public sealed class LocalRabbitMQResource(string name, string nodeDirectory, ParameterResource user, ParameterResource password)
    : ExecutableResource(name, ServerScript, nodeDirectory), IResourceWithConnectionString
{
    public const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    public const string AmqpEndpointName = "tcp";
    public const string DistributionEndpointName = "distribution";
    public const string ManagementEndpointName = "management";

    public RabbitMQNodeFolder Folder { get; } = new(nodeDirectory);

    public ParameterResource User { get; } = user;

    public ParameterResource Password { get; } = password;

    public EndpointReference Amqp => new(this, AmqpEndpointName);

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"amqp://{User}:{Password}@127.0.0.1:{Amqp.Property(EndpointProperty.Port)}");
}
