namespace PlanetTechCare.ServiceDefaults.Apis;

/// <summary>The service an API document describes (its gateway prefix).</summary>
public sealed record ApiDocumentIdentity(string Service);
