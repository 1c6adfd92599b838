
namespace PlanetTechCare.Faults.Tests.Support;

/// <summary>Waits for an asynchronous effect, then checks it does not grow further (a late duplicate).</summary>
public static class Settled
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(3);

    /// <summary>Waits until every expected id has been counted at least once, waits a little more, and returns the final counts.</summary>
    public static async Task<Dictionary<Guid, int>> CountsAsync(
        Func<Task<Dictionary<Guid, int>>> count, IReadOnlyCollection<Guid> expected, string because, int timeoutSeconds = 120)
    {
        await Eventually.HoldsAsync(async () => (await count()).Keys.Count(expected.Contains) == expected.Count, because, timeoutSeconds);
        await Task.Delay(Quiet);
        return await count();
    }
}
