namespace PlanetTechCare.AppHost.Hosting;

/// <summary>Thrown inside the AppHost entry point once the testing builder has captured its builder.</summary>
public sealed class EntryPointAbortedException() : Exception("The testing builder captured the app model; the entry point stops here.");
