namespace PlanetTechCare.TestSupport;

/// <summary>For tests of an asynchronous platform: waits until something observable holds.</summary>
public static class Eventually
{
    /// <summary>Polls the condition until it holds; throws <see cref="TimeoutException"/> naming it otherwise.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, string because, int timeoutSeconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not true after {timeoutSeconds} s: {because}");
            }

            await Task.Delay(100);
        }
    }
}
