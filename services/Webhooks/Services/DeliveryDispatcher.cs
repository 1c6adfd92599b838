using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using PlanetTechCare.Messaging;
using PlanetTechCare.Webhooks.Data;
using PlanetTechCare.Webhooks.Domain;
using PlanetTechCare.Webhooks.Extensions;

namespace PlanetTechCare.Webhooks.Services;

/// <summary>
/// Sends due deliveries of active subscriptions: claim, send, record, each apart. A claim is one
/// short statement that leases the deliveries (<see cref="DeliveryClaims"/>), so replicas share
/// the work; the POSTs run with no transaction open and no row locked; the
/// <see cref="DeliveryRecorder"/> writes their results afterwards. A process that dies mid-send
/// leaves its leases to run out, and the deliveries are sent again with the same webhook id.
/// Each subscription has its own lane of concurrent sends (<see cref="SendingLanes"/>): a slow
/// receiver holds only its own deliveries, and the dispatcher claims more for the others as soon
/// as any send ends, never waiting for a batch's slowest. It is woken when this process records
/// new deliveries (<see cref="CommitSignal{TEntity}"/>) and polls only as a safety net.
/// </summary>
public sealed partial class DeliveryDispatcher(
    IServiceScopeFactory scopeFactory,
    WebhookSender sender,
    DeliveryRecorder recorder,
    CommitSignal<Delivery> signal,
    IOptions<WebhooksOptions> options,
    TimeProvider clock,
    ILogger<DeliveryDispatcher> logger) : BackgroundService
{
    private readonly SendingLanes _lanes = new(options.Value.MaxConcurrentSends, options.Value.MaxConcurrentSendsPerSubscription);
    private readonly ConcurrentDictionary<Task, byte> _sends = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var recording = recorder.RunAsync(stoppingToken);
        try
        {
            await ClaimAndSendAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: sends under way are cancelled; what they sent is recorded below, the rest is sent again later.
        }
        finally
        {
            await Task.WhenAll(_sends.Keys);
            recorder.Complete();
            await recording;
        }
    }

    private async Task ClaimAndSendAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            bool mayHaveMore;
            try
            {
                mayHaveMore = await ClaimAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogClaimFailed(logger, exception);
                await Task.Delay(options.Value.PollingInterval, clock, stoppingToken);
                continue;
            }

            if (!mayHaveMore)
            {
                await signal.WaitAsync(options.Value.PollingInterval, stoppingToken);
            }
        }
    }

    /// <summary>Claims what the lanes have room for and starts sending it; true when more may be due at once.</summary>
    private async Task<bool> ClaimAsync(CancellationToken stoppingToken)
    {
        var room = _lanes.Room;
        var requested = Math.Min(options.Value.BatchSize, room);
        if (requested == 0)
        {
            return false; // every send slot is taken: the first to end wakes the claim
        }

        var rooms = _lanes.Rooms();
        var now = clock.GetUtcNow();
        List<ClaimedDelivery> claimed;
        await using (var scope = scopeFactory.CreateAsyncScope())
        {
            claimed = await DeliveryClaims.ClaimAsync(scope.ServiceProvider.GetRequiredService<WebhooksDbContext>(),
                now, now + options.Value.Lease, requested, _lanes.LaneSize, rooms, stoppingToken);
        }

        _lanes.Start(claimed, requested, rooms);
        foreach (var delivery in claimed)
        {
            var send = Task.Run(() => SendAsync(delivery, stoppingToken), CancellationToken.None);
            _sends.TryAdd(send, 0);
            _ = send.ContinueWith(static (ended, sends) => ((ConcurrentDictionary<Task, byte>)sends!).TryRemove(ended, out _),
                _sends, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        // A full claim smaller than the room: the next may find more. Cut short by the room, the first send to end wakes it.
        return claimed.Count == requested && requested < room;
    }

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
            if (_lanes.Finish(delivery.SubscriptionId))
            {
                signal.Notify();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Claiming webhook deliveries failed; retrying")]
    private static partial void LogClaimFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending webhook delivery {DeliveryId} failed unexpectedly; it is sent again when its lease ends")]
    private static partial void LogSendFailed(ILogger logger, Guid deliveryId, Exception exception);
}
