namespace PlanetTechCare.AppHost.Hosting;

/// <summary>A resource failed to start or stop; the message names it and carries its last log lines.</summary>
public sealed class DistributedApplicationException : Exception
{
    public DistributedApplicationException()
    {
    }

    public DistributedApplicationException(string message)
        : base(message)
    {
    }

    public DistributedApplicationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
