using System.Text;
using RabbitMQ.Client;

namespace PlanetTechCare.Browser.Tests.Support;

/// <summary>
/// A queue of the test's own and its <c>_error</c> queue on the platform's broker, holding a
/// message parked there the way MassTransit parks one (fault headers included).
/// </summary>
public sealed class ParkedMessages : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;

    private ParkedMessages(IConnection connection, IChannel channel, string queue)
    {
        (_connection, _channel, Queue) = (connection, channel, queue);
    }

    public string Queue { get; }

    public string ErrorQueue => Queue + "_error";

    public static async Task<ParkedMessages> ParkAsync(DistributedApplication app, string error)
    {
        var factory = new ConnectionFactory { Uri = new Uri((await app.GetConnectionStringAsync("messaging"))!) };
        var connection = await factory.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        var parked = new ParkedMessages(connection, channel, $"browser-tests-{Guid.NewGuid():N}"[..26]);
        await channel.QueueDeclareAsync(parked.Queue, durable: true, exclusive: false, autoDelete: false);
        await channel.QueueDeclareAsync(parked.ErrorQueue, durable: true, exclusive: false, autoDelete: false);
        var properties = new BasicProperties
        {
            MessageId = Guid.NewGuid().ToString(),
            ContentType = "application/vnd.masstransit+json",
            Headers = new Dictionary<string, object?>
            {
                ["MT-Reason"] = "fault",
                ["MT-Fault-ExceptionType"] = "System.InvalidOperationException",
                ["MT-Fault-Message"] = error,
                ["MT-Fault-Timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            },
        };
        var body = Encoding.UTF8.GetBytes("""{"messageType":["urn:message:PlanetTechCare.Contracts:BrowserTestProbe"],"message":{}}""");
        await channel.BasicPublishAsync(string.Empty, parked.ErrorQueue, mandatory: true, properties, body);
        return parked;
    }

    public async Task<uint> CountAsync(string queue) => (await _channel.QueueDeclarePassiveAsync(queue)).MessageCount;

    /// <summary>Takes the first message of <paramref name="queue"/> (null when empty).</summary>
    public Task<BasicGetResult?> TakeAsync(string queue) => _channel.BasicGetAsync(queue, autoAck: true);

    public async ValueTask DisposeAsync()
    {
        await _channel.QueueDeleteAsync(Queue);
        await _channel.QueueDeleteAsync(ErrorQueue);
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
