namespace PlanetTechCare.AppHost.Hosting;

public enum ResourceState
{
    NotStarted,

    /// <summary>Waiting for the resources it <c>WaitFor</c>s to be healthy.</summary>
    Waiting,
    Starting,

    /// <summary>Started and healthy.</summary>
    Running,

    /// <summary>Exited unexpectedly; restarting after a back-off.</summary>
    Restarting,
    Stopping,
    Stopped,
    FailedToStart,
}
