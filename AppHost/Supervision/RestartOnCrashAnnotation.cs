namespace PlanetTechCare.AppHost.Supervision;

/// <summary>Marks a resource that <see cref="CrashedResourceRestarter"/> starts again when its process ends by itself.</summary>
public sealed class RestartOnCrashAnnotation : IResourceAnnotation;
