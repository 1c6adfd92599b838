using System.Collections.Concurrent;

namespace PlanetTechCare.Messaging.Tests.TestService;

/// <summary>Counts delivery attempts per event, so a consumer can fail a set number of times.</summary>
public sealed class FlakyAttempts
{
    private readonly ConcurrentDictionary<Guid, int> _attempts = new();

    public int Next(Guid eventId) => _attempts.AddOrUpdate(eventId, 1, (_, count) => count + 1);
}
