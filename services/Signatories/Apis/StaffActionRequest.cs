namespace PlanetTechCare.Signatories.Apis;

/// <summary>A staff decision: why (required to reject and suspend) and by whom (until issue 6 brings identities).</summary>
public sealed record StaffActionRequest(string? Reason, string? By);
