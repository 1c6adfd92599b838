using System.Collections.Concurrent;
using PlanetTechCare.Contracts;

namespace PlanetTechCare.Content.Tests.Support;

/// <summary>Every library event the content service published, as received from the broker.</summary>
public sealed class EventLog
{
    private readonly ConcurrentQueue<IntegrationEvent> _received = new();

    public Task Record(IntegrationEvent integrationEvent)
    {
        _received.Enqueue(integrationEvent);
        return Task.CompletedTask;
    }

    public IReadOnlyList<T> Of<T>(Func<T, bool> about) where T : IntegrationEvent => [.. _received.OfType<T>().Where(about)];

    public async Task<IReadOnlyList<T>> WaitForAsync<T>(Func<T, bool> about, int count = 1) where T : IntegrationEvent
    {
        await Eventually.HoldsAsync(() => Task.FromResult(Of(about).Count >= count), $"{count} {typeof(T).Name}", timeoutSeconds: 30);
        return Of(about);
    }
}
