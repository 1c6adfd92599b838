namespace PlanetTechCare.Notifications.Tests.Support;

[CollectionDefinition(Name)]
public sealed class NotificationsCollection : ICollectionFixture<NotificationsFixture>
{
    public const string Name = "Notifications service on PostgreSQL, RabbitMQ and an SMTP server";
}
