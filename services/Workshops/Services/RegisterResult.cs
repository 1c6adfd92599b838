namespace PlanetTechCare.Workshops.Services;

public enum RegisterResult
{
    Created,
    Existing,
    WorkshopNotFound,
    RegistrationClosed,
}
