namespace PlanetTechCare.AppHost.Launchers;

/// <summary>A resource was not started because a resource it waits for failed.</summary>
internal sealed class DependencyFailedException(string message) : Exception(message);
