namespace PlanetTechCare.Workshops.Apis;

public sealed record CancelWorkshopRequest(string? Reason);
