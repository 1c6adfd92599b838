using PlanetTechCare.Webhooks.Services;

namespace PlanetTechCare.Rules.Tests;

public sealed class RetryScheduleTests
{
    private static readonly TimeSpan[] Schedule = [TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromHours(2)];

    [Theory]
    [InlineData(0, 5)]
    [InlineData(1, 5)]
    [InlineData(2, 300)]
    [InlineData(3, 7200)]
    [InlineData(40, 7200)]
    public void Each_retry_waits_at_most_its_step_of_the_schedule_and_later_retries_the_last_step(int attempts, int ceilingSeconds)
    {
        var delays = Enumerable.Range(0, 500).Select(_ => RetrySchedule.DelayAfter(attempts, Schedule)).ToList();

        Assert.All(delays, delay => Assert.InRange(delay, TimeSpan.Zero, TimeSpan.FromSeconds(ceilingSeconds)));
        Assert.True(delays.Max() > TimeSpan.FromSeconds(ceilingSeconds * 0.5), "The delays should spread up to the step's ceiling.");
        Assert.True(delays.Distinct().Count() > 400, "The delays should be jittered, not the same for everyone.");
    }
}
