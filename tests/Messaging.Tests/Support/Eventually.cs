namespace PlanetTechCare.Messaging.Tests.Support;

public static class Eventually
{
    /// <summary>Polls until the condition holds, failing with the message after the timeout.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, string because, int timeoutSeconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Not true after {timeoutSeconds} s: {because}");
            }

            await Task.Delay(100);
        }
    }
}
