using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace PlanetTechCare.Workshops.Tests.Support;

/// <summary>
/// Binds a private queue to the MassTransit exchanges of the workshop events and keeps every
/// message received, so tests can assert what was published (straight from RabbitMQ).
/// </summary>
public sealed class EventProbe : IAsyncDisposable
{
    public static readonly string[] EventTypes =
    [
        "WorkshopScheduled", "WorkshopUpdated", "WorkshopCancelled", "WorkshopHeld", "ReplayPublished",
        "RegistrationConfirmed", "RegistrationWaitlisted", "RegistrationPromoted", "RegistrationCancelled", "RegistrationContactRecorded",
    ];

    private readonly ConcurrentQueue<(string Type, JsonElement Message)> _received = new();
    private IConnection? _connection;
    private IChannel? _channel;

    public static async Task<EventProbe> StartAsync(string brokerConnectionString)
    {
        var probe = new EventProbe();
        var factory = new ConnectionFactory { Uri = new Uri(brokerConnectionString) };
        probe._connection = await factory.CreateConnectionAsync();
        probe._channel = await probe._connection.CreateChannelAsync();
        var queue = (await probe._channel.QueueDeclareAsync($"workshops-tests-{Guid.NewGuid():N}", durable: false, exclusive: true, autoDelete: true)).QueueName;
        foreach (var type in EventTypes)
        {
            var exchange = $"PlanetTechCare.Contracts:{type}";
            await probe._channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
            await probe._channel.QueueBindAsync(queue, exchange, string.Empty);
        }

        var consumer = new AsyncEventingBasicConsumer(probe._channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            using var envelope = JsonDocument.Parse(Encoding.UTF8.GetString(delivery.Body.Span));
            var urn = envelope.RootElement.GetProperty("messageType")[0].GetString() ?? string.Empty;
            probe._received.Enqueue((urn[(urn.LastIndexOf(':') + 1)..], envelope.RootElement.GetProperty("message").Clone()));
            return Task.CompletedTask;
        };
        await probe._channel.BasicConsumeAsync(queue, autoAck: true, consumer);
        return probe;
    }

    /// <summary>The messages of one type about one workshop, in the order received.</summary>
    public IReadOnlyList<JsonElement> Of(string type, Guid workshopId) =>
        [.. _received.Where(e => e.Type == type && e.Message.GetProperty("workshopId").GetGuid() == workshopId).Select(e => e.Message)];

    /// <summary>Waits until <paramref name="count"/> messages of a type about a workshop have arrived.</summary>
    public async Task<IReadOnlyList<JsonElement>> WaitForAsync(string type, Guid workshopId, int count = 1)
    {
        await Eventually.HoldsAsync(() => Task.FromResult(Of(type, workshopId).Count >= count), $"{count} {type} for workshop {workshopId}", 30);
        return Of(type, workshopId);
    }

    public async ValueTask DisposeAsync()
    {
        if (_channel is not null)
        {
            await _channel.DisposeAsync();
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}
