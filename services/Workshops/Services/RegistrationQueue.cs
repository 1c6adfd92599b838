using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using PlanetTechCare.Workshops.Data;
using PlanetTechCare.Workshops.Domain;

namespace PlanetTechCare.Workshops.Services;

/// <summary>
/// Registrations wait here, one lane per workshop in this replica, while the lane's registrar
/// commits the batch before them: a burst for one workshop becomes a few transactions of many
/// registrations (<see cref="RegistrationBatch"/>) instead of a thousand queued on one row lock.
/// The lane's turn at the workshop is taken through <see cref="WorkshopGate"/>, as cancellations
/// and staff changes take theirs. Nothing is lost if the process dies: a batch is committed whole
/// before any of its callers is answered, or not at all.
/// </summary>
public sealed class RegistrationQueue(IServiceScopeFactory scopes, WorkshopGate gate, TimeProvider clock) : IAsyncDisposable
{
    /// <summary>The most registrations one transaction takes; a burst beyond waits for the next.</summary>
    public const int MaxBatch = 250;

    private readonly ConcurrentDictionary<Guid, Lazy<Lane>> _lanes = new();
    private readonly CancellationTokenSource _stopping = new();

    public Task<RegisterOutcome> RegisterAsync(Guid workshopId, Attendee attendee, CancellationToken cancellationToken)
    {
        var waiting = new Waiting(new PendingRegistration(attendee, clock.GetUtcNow(), Activity.Current), cancellationToken);
        if (!_lanes.GetOrAdd(workshopId, id => new Lazy<Lane>(() => OpenLane(id))).Value.Requests.Writer.TryWrite(waiting))
        {
            throw new OperationCanceledException("The service is stopping.");
        }

        return waiting.Outcome.Task.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        var lanes = _lanes.Values.Select(lane => lane.Value).ToList();
        foreach (var lane in lanes)
        {
            lane.Requests.Writer.TryComplete();
        }

        await _stopping.CancelAsync();
        await Task.WhenAll(lanes.Select(lane => lane.Registrar));
        _stopping.Dispose();
    }

    private Lane OpenLane(Guid workshopId)
    {
        var requests = Channel.CreateUnbounded<Waiting>(new UnboundedChannelOptions { SingleReader = true });
        // The registrar belongs to no request: it must not carry the first caller's trace or culture.
        using (ExecutionContext.SuppressFlow())
        {
            return new Lane(requests, Task.Run(() => RegisterInTurnsAsync(workshopId, requests.Reader)));
        }
    }

    private async Task RegisterInTurnsAsync(Guid workshopId, ChannelReader<Waiting> requests)
    {
        var batch = new List<Waiting>(MaxBatch);
        try
        {
            while (await requests.WaitToReadAsync(_stopping.Token))
            {
                batch.Clear();
                while (batch.Count < MaxBatch && requests.TryRead(out var waiting))
                {
                    if (!waiting.Abandoned)
                    {
                        batch.Add(waiting);
                    }
                }

                if (batch.Count > 0)
                {
                    await RegisterAsync(workshopId, batch);
                }
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Stopping: whoever still waits gets no answer, and retries.
        }
    }

    private async Task RegisterAsync(Guid workshopId, List<Waiting> batch)
    {
        try
        {
            using var turn = await gate.EnterAsync(workshopId, _stopping.Token);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WorkshopsDbContext>();
            var outcomes = await db.RegisterBatchAsync(workshopId, [.. batch.Select(waiting => waiting.Registration)], _stopping.Token);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Outcome.TrySetResult(outcomes[i]);
            }
        }
        catch (Exception exception)
        {
            foreach (var waiting in batch)
            {
                waiting.Outcome.TrySetException(exception);
            }
        }
    }

    private sealed record Lane(Channel<Waiting> Requests, Task Registrar);

    private sealed class Waiting(PendingRegistration registration, CancellationToken cancellationToken)
    {
        public PendingRegistration Registration { get; } = registration;

        public TaskCompletionSource<RegisterOutcome> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Its caller gave up before its turn: it is not registered.</summary>
        public bool Abandoned => cancellationToken.IsCancellationRequested;
    }
}
