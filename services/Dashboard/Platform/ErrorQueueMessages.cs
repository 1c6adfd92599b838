using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace PlanetTechCare.Dashboard.Platform;

/// <summary>
/// Reads, retries and discards the messages of an <c>_error</c> queue over AMQP. Retrying moves a
/// message back to the queue it failed in (without its fault headers); discarding removes it.
/// Messages the operation does not concern are returned to the queue untouched. The connection is
/// the broker client Aspire's RabbitMQ integration registers (<c>ConnectionStrings:messaging</c>).
/// </summary>
public sealed class ErrorQueueMessages(IConnection broker)
{
    public const int MaxMessages = 100;
    private const string FaultHeaderPrefix = "MT-Fault-";

    public async Task<IReadOnlyList<FailedMessage>> PeekAsync(string errorQueue, CancellationToken cancellationToken)
    {
        var messages = new List<FailedMessage>();
        await WithEachMessageAsync(errorQueue, (message, _) =>
        {
            messages.Add(Describe(errorQueue, message));
            return Task.FromResult(false);
        }, cancellationToken);
        return messages;
    }

    /// <summary>Moves the message back to its source queue; false when it is no longer there.</summary>
    public Task<bool> RetryAsync(string errorQueue, string messageId, CancellationToken cancellationToken) =>
        TakeAsync(errorQueue, messageId, async (channel, message) =>
        {
            var properties = new BasicProperties(message.BasicProperties)
            {
                Headers = message.BasicProperties.Headers?
                    .Where(header => !header.Key.StartsWith(FaultHeaderPrefix, StringComparison.Ordinal) && header.Key != "MT-Reason")
                    .ToDictionary(header => header.Key, header => header.Value),
            };
            await channel.BasicPublishAsync(string.Empty, SourceQueueOf(errorQueue), mandatory: true, properties, message.Body, cancellationToken);
        }, cancellationToken);

    /// <summary>Removes the message for good; false when it is no longer there.</summary>
    public Task<bool> DiscardAsync(string errorQueue, string messageId, CancellationToken cancellationToken) =>
        TakeAsync(errorQueue, messageId, (_, _) => Task.CompletedTask, cancellationToken);

    public static string SourceQueueOf(string errorQueue) => new QueueDepth(errorQueue, 0, 0, 0).SourceQueue;

    private async Task<bool> TakeAsync(string errorQueue, string messageId, Func<IChannel, BasicGetResult, Task> handle, CancellationToken cancellationToken)
    {
        var found = false;
        await WithEachMessageAsync(errorQueue, async (message, channel) =>
        {
            if (found || IdOf(message) != messageId)
            {
                return false;
            }

            await handle(channel, message);
            found = true;
            return true;
        }, cancellationToken);
        return found;
    }

    /// <summary>Gets up to <see cref="MaxMessages"/> messages; each one <paramref name="visit"/> returns true for is acknowledged (removed), the others requeued.</summary>
    private async Task WithEachMessageAsync(string errorQueue, Func<BasicGetResult, IChannel, Task<bool>> visit, CancellationToken cancellationToken)
    {
        if (!errorQueue.EndsWith(QueueDepth.ErrorSuffix, StringComparison.Ordinal))
        {
            throw new ArgumentException("Only _error queues are read here.", nameof(errorQueue));
        }

        try
        {
            await VisitAsync(errorQueue, visit, cancellationToken);
        }
        catch (Exception error) when (error is RabbitMQClientException or IOException or AlreadyClosedException or OperationInterruptedException or PublishException)
        {
            // Unacknowledged messages went back to the queue with the channel: nothing is lost.
            throw new InvalidOperationException($"The broker refused the operation on {errorQueue}: {error.Message}", error);
        }
    }

    private async Task VisitAsync(string errorQueue, Func<BasicGetResult, IChannel, Task<bool>> visit, CancellationToken cancellationToken)
    {
        await using var channel = await broker.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        var keep = new List<ulong>();
        for (var read = 0; read < MaxMessages; read++)
        {
            if (await channel.BasicGetAsync(errorQueue, autoAck: false, cancellationToken) is not { } message)
            {
                break;
            }

            if (await visit(message, channel))
            {
                await channel.BasicAckAsync(message.DeliveryTag, multiple: false, cancellationToken);
            }
            else
            {
                keep.Add(message.DeliveryTag);
            }
        }

        foreach (var tag in keep)
        {
            await channel.BasicNackAsync(tag, multiple: false, requeue: true, cancellationToken);
        }
    }

    private static FailedMessage Describe(string errorQueue, BasicGetResult message)
    {
        var body = Encoding.UTF8.GetString(message.Body.Span);
        return new FailedMessage(errorQueue, IdOf(message), MessageTypeOf(body), Header(message, "MT-Fault-ExceptionType"),
            Header(message, "MT-Fault-Message"), Header(message, "MT-Fault-Timestamp"), body.Length > 600 ? body[..600] + "…" : body);
    }

    private static string IdOf(BasicGetResult message) =>
        message.BasicProperties.MessageId is { Length: > 0 } id ? id : Convert.ToHexStringLower(SHA256.HashData(message.Body.Span))[..32];

    private static string? Header(BasicGetResult message, string name) =>
        message.BasicProperties.Headers?.TryGetValue(name, out var value) == true
            ? value switch { byte[] bytes => Encoding.UTF8.GetString(bytes), null => null, _ => value.ToString() }
            : null;

    private static string? MessageTypeOf(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("messageType", out var types) && types.ValueKind == JsonValueKind.Array && types.GetArrayLength() > 0
                ? types[0].GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
