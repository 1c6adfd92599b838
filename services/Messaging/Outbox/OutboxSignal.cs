namespace PlanetTechCare.Messaging.Outbox;

/// <summary>
/// Wakes the dispatcher as soon as new outbox rows are committed: by this process (its commit
/// interceptor) or by another replica (PostgreSQL's notification on <see cref="Channel"/>).
/// </summary>
public sealed class OutboxSignal
{
    /// <summary>The PostgreSQL notification channel a commit of outbox rows notifies, in the service's own database.</summary>
    public const string Channel = "outbox";

    private readonly SemaphoreSlim _pending = new(0, 1);

    public void Notify()
    {
        try
        {
            _pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled and not yet consumed: one wake-up covers both.
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _pending.WaitAsync(timeout, cancellationToken);
}
