using Microsoft.Extensions.Options;
using PlanetTechCare.Messaging;
using PlanetTechCare.Webhooks.Data;
using PlanetTechCare.Webhooks.Domain;
using PlanetTechCare.Webhooks.Extensions;

namespace PlanetTechCare.Webhooks.Services;

/// <summary>
/// Sends due deliveries of active subscriptions: claim, send, record, each apart. A claim is one
/// short statement that leases the deliveries (<see cref="DeliveryClaims"/>), so replicas share
/// the work; the POSTs run with no transaction open and no row locked (<see cref="DeliverySends"/>);
/// the <see cref="DeliveryRecorder"/> writes their results afterwards. A process that dies mid-send
/// leaves its leases to run out, and the deliveries are sent again with the same webhook id.
/// Each subscription has its own lane of concurrent sends (<see cref="SendingLanes"/>): a slow
/// receiver holds only its own deliveries, and the dispatcher claims more for the others as soon
/// as any send ends, never waiting for a batch's slowest. Most new deliveries need no claim (the
/// consumers hand them over); the others wake the dispatcher when they are committed
/// (<see cref="CommitSignal{TEntity}"/>), and it polls only as a safety net: retries coming due,
/// redeliveries, resumed subscriptions, another process's leases running out.
/// </summary>
public sealed partial class DeliveryDispatcher(
    IServiceScopeFactory scopeFactory,
    DeliverySends sends,
    DeliveryRecorder recorder,
    CommitSignal<Delivery> signal,
    IOptions<WebhooksOptions> options,
    TimeProvider clock,
    ILogger<DeliveryDispatcher> logger) : BackgroundService
{
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
            await sends.StopAsync();
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
        var room = sends.Lanes.Room;
        var requested = Math.Min(options.Value.BatchSize, room);
        if (requested == 0)
        {
            return false; // every send slot is taken: the first to end wakes the claim
        }

        var rooms = sends.Lanes.Rooms();
        var now = clock.GetUtcNow();
        List<ClaimedDelivery> claimed;
        await using (var scope = scopeFactory.CreateAsyncScope())
        {
            claimed = await DeliveryClaims.ClaimAsync(scope.ServiceProvider.GetRequiredService<WebhooksDbContext>(),
                now, sends.LeaseEndFrom(now), requested, sends.Lanes.LaneSize, rooms, stoppingToken);
        }

        sends.Lanes.Take(claimed, requested, rooms);
        claimed.ForEach(sends.Start);

        // A full claim smaller than the room: the next may find more. Cut short by the room, the first send to end wakes it.
        return claimed.Count == requested && requested < room;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Claiming webhook deliveries failed; retrying")]
    private static partial void LogClaimFailed(ILogger logger, Exception exception);
}
