using MassTransit;
using PlanetTechCare.Messaging;

namespace PlanetTechCare.TestSupport;

/// <summary>
/// A MassTransit bus of the test itself on the app's RabbitMQ (<c>messaging</c>), publishing with
/// confirms; <c>endpoints</c> adds the receive endpoints the test listens on.
/// </summary>
public static class TestBus
{
    public static async Task<IBusControl> StartAsync(DistributedApplication app, Action<IRabbitMqBusFactoryConfigurator>? endpoints = null)
    {
        var broker = BrokerAddress.Parse(await app.GetConnectionStringAsync("messaging")
            ?? throw new InvalidOperationException("RabbitMQ gave no connection string."));
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
            {
                host.Username(broker.Username);
                host.Password(broker.Password);
                host.PublisherConfirmation = true;
            });
            endpoints?.Invoke(rabbit);
        });
        await bus.StartAsync();
        return bus;
    }
}
