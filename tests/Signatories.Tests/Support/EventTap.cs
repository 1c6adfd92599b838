using System.Collections.Concurrent;
using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace PlanetTechCare.Signatories.Tests.Support;

/// <summary>
/// A queue of the tests' own, bound to the MassTransit exchanges of the signatory events (named by the
/// full type name), collecting every event the service publishes; the contact, which travels in an
/// event of its own for the notifications service, is kept apart (<see cref="ContactsOf"/>).
/// </summary>
public sealed class EventTap : IAsyncDisposable
{
    public static readonly string[] EventTypes =
    [
        "SignatoryApplied", "SignatoryApproved", "SignatoryRejected", "SignatoryWithdrawn",
        "SignatorySuspended", "SignatoryReinstated", "SignatoryProfileUpdated", ContactRecorded,
    ];

    private const string ContactRecorded = "SignatoryContactRecorded";

    private readonly ConcurrentQueue<CapturedEvent> _received = new();
    private IConnection? _connection;
    private IChannel? _channel;

    public static async Task<EventTap> StartAsync(string brokerConnectionString)
    {
        var tap = new EventTap();
        var factory = new ConnectionFactory { Uri = new Uri(brokerConnectionString), AutomaticRecoveryEnabled = true };
        tap._connection = await factory.CreateConnectionAsync();
        tap._channel = await tap._connection.CreateChannelAsync();
        var queue = $"signatories-tests-{Guid.NewGuid():N}";
        await tap._channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        foreach (var type in EventTypes)
        {
            var exchange = $"PlanetTechCare.Contracts:{type}";
            await tap._channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
            await tap._channel.QueueBindAsync(queue, exchange, routingKey: string.Empty);
        }

        var consumer = new AsyncEventingBasicConsumer(tap._channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            using var envelope = JsonDocument.Parse(delivery.Body);
            var urn = envelope.RootElement.GetProperty("messageType")[0].GetString() ?? string.Empty;
            tap._received.Enqueue(new CapturedEvent(urn[(urn.LastIndexOf(':') + 1)..], envelope.RootElement.GetProperty("message").Clone()));
            return Task.CompletedTask;
        };
        await tap._channel.BasicConsumeAsync(queue, autoAck: true, consumer);
        return tap;
    }

    /// <summary>The signatory's events by version; a redelivery (same event id, at-least-once) counts once.</summary>
    public IReadOnlyList<CapturedEvent> For(Guid signatoryId) =>
        [.. _received.Where(e => e.Type != ContactRecorded && e.SignatoryId == signatoryId).DistinctBy(e => e.EventId).OrderBy(e => e.Version)];

    /// <summary>The signatory's contact as each <c>SignatoryContactRecorded</c> carried it.</summary>
    public IReadOnlyList<JsonElement> ContactsOf(Guid signatoryId) =>
        [.. _received.Where(e => e.Type == ContactRecorded && e.SignatoryId == signatoryId).DistinctBy(e => e.EventId).Select(e => e.Message)];

    /// <summary>Waits until at least <paramref name="count"/> events of the signatory arrived, then a moment for any extra.</summary>
    public async Task<IReadOnlyList<CapturedEvent>> WaitForAsync(Guid signatoryId, int count, int timeoutSeconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (For(signatoryId).Count < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(
                    $"Only {For(signatoryId).Count} of {count} events for {signatoryId} after {timeoutSeconds} s: "
                    + string.Join(", ", For(signatoryId).Select(e => e.Type)));
            }

            await Task.Delay(50);
        }

        await Task.Delay(300);
        return For(signatoryId);
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
