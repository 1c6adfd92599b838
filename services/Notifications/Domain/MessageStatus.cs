namespace PlanetTechCare.Notifications.Domain;

public enum MessageStatus
{
    Pending,
    Sent,
    Failed,
}
