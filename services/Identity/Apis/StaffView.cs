namespace PlanetTechCare.Identity.Apis;

public sealed record StaffView(string Id, string Email, string DisplayName, string Role, bool Disabled, DateTimeOffset CreatedAt);
