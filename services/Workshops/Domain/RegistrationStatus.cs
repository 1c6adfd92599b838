namespace PlanetTechCare.Workshops.Domain;

public enum RegistrationStatus
{
    Confirmed,
    Waitlisted,
    Cancelled,
}
