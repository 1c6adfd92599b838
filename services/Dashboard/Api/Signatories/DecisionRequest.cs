namespace PlanetTechCare.Dashboard.Api.Signatories;

/// <summary>A staff decision's reason.</summary>
public sealed record DecisionRequest(string? Reason);
