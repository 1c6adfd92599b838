using PlanetTechCare.AppHost.Hosting;

namespace PlanetTechCare.AppHost.Launchers;

/// <summary>The state of one process-backed resource or replica, readable from any thread.</summary>
internal sealed class ResourceStatus
{
    private readonly Lock gate = new();
    private TaskCompletionSource healthy = NewSignal();

    public ResourceState State { get; private set; } = ResourceState.NotStarted;

    public int RestartCount { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? HealthyAt { get; private set; }

    /// <summary>Completes when healthy; faults when starting failed.</summary>
    public Task Healthy
    {
        get
        {
            lock (gate)
            {
                return healthy.Task;
            }
        }
    }

    public void Waiting() => Set(ResourceState.Waiting);

    public void Starting()
    {
        lock (gate)
        {
            if (healthy.Task.IsCompleted)
            {
                healthy = NewSignal();
            }

            State = ResourceState.Starting;
            StartedAt = DateTimeOffset.UtcNow;
        }
    }

    public void Running()
    {
        lock (gate)
        {
            State = ResourceState.Running;
            HealthyAt = DateTimeOffset.UtcNow;
            healthy.TrySetResult();
        }
    }

    public void Restarting()
    {
        lock (gate)
        {
            if (healthy.Task.IsCompleted)
            {
                healthy = NewSignal();
            }

            State = ResourceState.Restarting;
            RestartCount++;
        }
    }

    public void Failed(Exception error)
    {
        lock (gate)
        {
            State = ResourceState.FailedToStart;
            healthy.TrySetException(error);
        }
    }

    public void Set(ResourceState state)
    {
        lock (gate)
        {
            State = state;
        }
    }

    public ResourceSnapshot Snapshot(string name, int replica, Uri? endpoint, IReadOnlyList<int> processIds) =>
        new(name, replica, State, RestartCount, endpoint, processIds, StartedAt, HealthyAt);

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
