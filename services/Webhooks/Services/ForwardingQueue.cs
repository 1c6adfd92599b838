using System.Threading.Channels;
using PlanetTechCare.Webhooks.Data;

namespace PlanetTechCare.Webhooks.Services;

/// <summary>
/// The consumers' events wait here while the batch before them commits, then are recorded together
/// (<see cref="ForwardedEvents"/>, group commit): a burst of events becomes a few transactions of
/// many, instead of one transaction each queued on the feed's lock. Each consumer still gets its
/// own answer, so a message is acknowledged only once its event is committed; a batch that fails is
/// recorded again event by event, so that only an event failing alone fails its message (which
/// MassTransit retries, then moves to <c>_error</c>).
/// </summary>
public sealed class ForwardingQueue : IAsyncDisposable
{
    /// <summary>The most events one transaction takes; a burst beyond waits for the next.</summary>
    public const int MaxBatch = 250;

    private readonly IServiceScopeFactory _scopes;
    private readonly DeliverySends _sends;
    private readonly TimeProvider _clock;
    private readonly Channel<Waiting> _waiting = Channel.CreateUnbounded<Waiting>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _recorder;

    public ForwardingQueue(IServiceScopeFactory scopes, DeliverySends sends, TimeProvider clock)
    {
        _scopes = scopes;
        _sends = sends;
        _clock = clock;
        // The recorder belongs to no message: it must not carry the first consumer's trace.
        using (ExecutionContext.SuppressFlow())
        {
            _recorder = Task.Run(RecordInTurnsAsync);
        }
    }

    /// <summary>Completes once <paramref name="forwarded"/> is committed (or was before).</summary>
    public Task ForwardAsync(EventToForward forwarded, CancellationToken cancellationToken)
    {
        var waiting = new Waiting(forwarded, cancellationToken);
        if (!_waiting.Writer.TryWrite(waiting))
        {
            throw new OperationCanceledException("The service is stopping.");
        }

        return waiting.Outcome.Task.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _waiting.Writer.TryComplete();
        await _stopping.CancelAsync();
        await _recorder;
        _stopping.Dispose();
    }

    private async Task RecordInTurnsAsync()
    {
        var batch = new List<Waiting>(MaxBatch);
        try
        {
            while (await _waiting.Reader.WaitToReadAsync(_stopping.Token))
            {
                batch.Clear();
                while (batch.Count < MaxBatch && _waiting.Reader.TryRead(out var waiting))
                {
                    if (!waiting.Abandoned)
                    {
                        batch.Add(waiting);
                    }
                }

                if (batch.Count > 0)
                {
                    await RecordAsync(batch);
                }
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Stopping: whoever still waits gets no answer, and its message is delivered again.
        }
    }

    private async Task RecordAsync(List<Waiting> batch)
    {
        try
        {
            await RecordTogetherAsync(batch);
            batch.ForEach(waiting => waiting.Outcome.TrySetResult());
        }
        catch (Exception) when (batch.Count > 1)
        {
            foreach (var waiting in batch)
            {
                await RecordAsync([waiting]);
            }
        }
        catch (Exception exception)
        {
            batch[0].Outcome.TrySetException(exception);
        }
    }

    private async Task RecordTogetherAsync(List<Waiting> batch)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WebhooksDbContext>();
        var handedOver = await db.RecordAsync([.. batch.Select(waiting => waiting.Event)], _sends, _clock.GetUtcNow(), _stopping.Token);
        handedOver.ForEach(_sends.Start);
    }

    private sealed class Waiting(EventToForward forwarded, CancellationToken cancellationToken)
    {
        public EventToForward Event { get; } = forwarded;

        public TaskCompletionSource Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Its consumer gave up (the bus is stopping) before its turn: it is not recorded.</summary>
        public bool Abandoned => cancellationToken.IsCancellationRequested;
    }
}
