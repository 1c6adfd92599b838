using MassTransit;
using PlanetTechCare.ServiceDefaults.Apis;

namespace PlanetTechCare.Messaging;

/// <summary>Empties the cache of public reads after each event a consumer has applied, as it may have changed them.</summary>
internal sealed class PublicReadEviction(IServiceProvider services) : IConsumeObserver
{
    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class => PublicReadCache.EvictAsync(services, context.CancellationToken).AsTask();

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
