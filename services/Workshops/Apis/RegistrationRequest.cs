namespace PlanetTechCare.Workshops.Apis;

public sealed record RegistrationRequest(string? Name, string? Email, string? Organisation, Guid? SignatoryId, bool? Consent);
