namespace PlanetTechCare.Workshops.Domain;

/// <summary>Draft → scheduled → held, or cancelled.</summary>
public enum WorkshopStatus
{
    Draft,
    Scheduled,
    Held,
    Cancelled,
}
