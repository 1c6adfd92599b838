namespace PlanetTechCare.Webhooks.Domain;

public enum DeliveryStatus
{
    Pending,
    Succeeded,
    Failed,
}
