using System.Text;
using MassTransit;
using PlanetTechCare.Messaging.Tests.TestService;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace PlanetTechCare.Messaging.Tests.Support;

/// <summary>Reads what MassTransit moved to a consumer's <c>_error</c> queue, straight from RabbitMQ.</summary>
public static class ErrorQueue
{
    private const ushort NotFound = 404;

    public static string NameFor(string endpointPrefix) =>
        new KebabCaseEndpointNameFormatter(endpointPrefix, includeNamespace: false).Consumer<NoteWrittenConsumer>() + "_error";

    public static async Task<IReadOnlyList<string>> DrainAsync(string brokerConnectionString, string queue)
    {
        var factory = new ConnectionFactory { Uri = new Uri(brokerConnectionString) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var bodies = new List<string>();
        try
        {
            await channel.QueueDeclarePassiveAsync(queue);
        }
        catch (OperationInterruptedException missing) when (missing.ShutdownReason?.ReplyCode == NotFound)
        {
            return bodies;
        }

        while (await channel.BasicGetAsync(queue, autoAck: true) is { } message)
        {
            bodies.Add(Encoding.UTF8.GetString(message.Body.Span));
        }

        return bodies;
    }
}
