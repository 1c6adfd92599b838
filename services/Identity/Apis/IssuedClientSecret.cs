namespace PlanetTechCare.Identity.Apis;

/// <summary>A client with its secret in clear, returned once when the client is created or its secret rotated.</summary>
public sealed record IssuedClientSecret(string ClientId, string ClientSecret, ClientView Client);
