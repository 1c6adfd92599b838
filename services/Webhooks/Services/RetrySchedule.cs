namespace PlanetTechCare.Webhooks.Services;

/// <summary>Exponential back-off with full jitter: the n-th retry waits a random time up to the n-th base delay.</summary>
public static class RetrySchedule
{
    public static TimeSpan DelayAfter(int attempts, IReadOnlyList<TimeSpan> schedule)
    {
        var ceiling = schedule[Math.Clamp(attempts - 1, 0, schedule.Count - 1)];
        return TimeSpan.FromTicks((long)(Random.Shared.NextDouble() * ceiling.Ticks));
    }
}
