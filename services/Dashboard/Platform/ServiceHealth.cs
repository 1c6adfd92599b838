namespace PlanetTechCare.Dashboard.Platform;

/// <summary>One replica's answer to <c>/health</c>.</summary>
public sealed record ServiceHealth(string Service, int Replica, string Address, string Status);
