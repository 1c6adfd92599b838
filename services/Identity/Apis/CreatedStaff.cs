namespace PlanetTechCare.Identity.Apis;

/// <summary>A new staff account with its generated password, shown once.</summary>
public sealed record CreatedStaff(StaffView Account, string OneTimePassword);
