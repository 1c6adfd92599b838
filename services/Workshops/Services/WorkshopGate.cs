using System.Collections.Concurrent;

namespace PlanetTechCare.Workshops.Services;

/// <summary>
/// Queues, inside one replica, the transactions that change one workshop's seats, so that at most
/// one per replica waits on the workshop row's lock in PostgreSQL. The row lock alone keeps
/// replicas from overbooking; this only spares PostgreSQL (and the connection pool) a crowd of
/// waiters on one hot row. One semaphore per workshop, kept for the process's life (workshops are
/// few: about one a month).
/// </summary>
public sealed class WorkshopGate
{
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _gates = new();

    public async Task<IDisposable> EnterAsync(Guid workshopId, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd(workshopId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
