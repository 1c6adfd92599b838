namespace PlanetTechCare.Messaging;

/// <summary>
/// Wakes the background worker of <typeparamref name="TEntity"/> rows (the outbox dispatcher, the
/// webhook dispatcher) as soon as this process commits such rows (see
/// <see cref="CommitSignalInterceptor{TEntity}"/>), instead of leaving them for its next poll; the
/// worker may notify it too, when it has room for more work. Notifications made before the worker
/// waits are kept as one wake-up.
/// </summary>
public sealed class CommitSignal<TEntity>
    where TEntity : class
{
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

    /// <summary>True when notified, false when <paramref name="timeout"/> passed first.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _pending.WaitAsync(timeout, cancellationToken);
}
