using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using PlanetTechCare.Messaging;
using PlanetTechCare.Webhooks.Domain;
using PlanetTechCare.Webhooks.Extensions;

namespace PlanetTechCare.Webhooks.Services;

/// <summary>
/// The POSTs under way in this process, each in its subscription's lane (<see cref="SendingLanes"/>),
/// with no transaction open; each result goes to the <see cref="DeliveryRecorder"/>. The deliveries
/// come from the dispatcher's claims, or straight from the consumers: a delivery recorded while its
/// lane has room is claimed in the transaction that records it and handed over once that commits,
/// so it needs no claim of its own.
/// </summary>
public sealed partial class DeliverySends(
    WebhookSender sender,
    DeliveryRecorder recorder,
    CommitSignal<Delivery> signal,
    IOptions<WebhooksOptions> options,
    TimeProvider clock,
    ILogger<DeliverySends> logger) : IDisposable
{
    private readonly ConcurrentDictionary<Task, byte> _sends = new();
    private readonly CancellationTokenSource _stopping = new();

    public SendingLanes Lanes { get; } = new(options.Value.MaxConcurrentSends, options.Value.MaxConcurrentSendsPerSubscription);

    /// <summary>How long a delivery claimed now stays this process's.</summary>
    public DateTimeOffset LeaseEndFrom(DateTimeOffset now) => now + options.Value.Lease;

    /// <summary>A place in the subscription's lane for a delivery that will be <see cref="Start"/>ed (or <see cref="Release"/>d).</summary>
    public bool TryReserve(Guid subscriptionId) => Lanes.TryReserve(subscriptionId);

    /// <summary>Gives back a place reserved for a delivery that will not be sent from here (its transaction failed).</summary>
    public void Release(Guid subscriptionId)
    {
        if (Lanes.Finish(subscriptionId))
        {
            signal.Notify();
        }
    }

    /// <summary>Sends a delivery whose place in its lane is taken (claimed or reserved).</summary>
    public void Start(ClaimedDelivery delivery)
    {
        var send = Task.Run(() => SendAsync(delivery, _stopping.Token), CancellationToken.None);
        _sends.TryAdd(send, 0);
        _ = send.ContinueWith(static (ended, sends) => ((ConcurrentDictionary<Task, byte>)sends!).TryRemove(ended, out _),
            _sends, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Cancels the sends under way and waits for them to end; what they sent is still recorded.</summary>
    public async Task StopAsync()
    {
        await _stopping.CancelAsync();
        await Task.WhenAll(_sends.Keys);
    }

    public void Dispose() => _stopping.Dispose();

    private async Task SendAsync(ClaimedDelivery delivery, CancellationToken stoppingToken)
    {
        try
        {
            var (result, _) = await sender.SendAsync(delivery.Target, delivery.Secret, delivery.EventId.ToString(), delivery.Body,
                CloudEventBuilder.ContentType, stoppingToken);
            recorder.Add(new FinishedAttempt(delivery.Id, result, clock.GetUtcNow(), delivery.LeaseEnd));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping mid-send: the lease runs out and the delivery is sent again.
        }
        catch (Exception exception)
        {
            LogSendFailed(logger, delivery.Id, exception);
        }
        finally
        {
            Release(delivery.SubscriptionId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending webhook delivery {DeliveryId} failed unexpectedly; it is sent again when its lease ends")]
    private static partial void LogSendFailed(ILogger logger, Guid deliveryId, Exception exception);
}
