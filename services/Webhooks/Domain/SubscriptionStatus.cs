namespace PlanetTechCare.Webhooks.Domain;

public enum SubscriptionStatus
{
    PendingVerification,
    Active,
    Paused,
    Disabled,
}
