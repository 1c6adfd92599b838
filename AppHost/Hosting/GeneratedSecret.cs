namespace PlanetTechCare.AppHost.Hosting;

/// <summary>
/// A development credential the AppHost generates once per data folder and keeps there (like
/// Aspire's generated, persisted secret parameters), e.g. the first admin password of a service.
/// Its value is resolved when the application is built, from the data folder it then uses.
/// </summary>
public sealed record GeneratedSecret(string Name, int Length);
