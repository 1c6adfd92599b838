namespace PlanetTechCare.Benchmarks;

/// <summary>
/// A load and its baseline, each warmed up to a steady throughput, then run in alternation for seven
/// rounds of 3 s, which of the two goes first alternating too; the round with the median ratio is
/// kept, so that a passing disturbance on this shared machine (the idle platform's pollers take
/// about 5–15% of it, in bursts) does not decide a ratio. Failures are counted over every round.
/// </summary>
public static class SideBySide
{
    private const int Rounds = 7;
    private static readonly TimeSpan RoundDuration = TimeSpan.FromSeconds(3);

    public static async Task<(LoadResult Baseline, LoadResult Measured, int Failed)> RunAsync(WrkLoad baseline, WrkLoad measured)
    {
        await baseline.WarmUpAsync();
        await measured.WarmUpAsync();
        var rounds = new List<(LoadResult Baseline, LoadResult Measured)>();
        for (var round = 0; round < Rounds; round++)
        {
            if (round % 2 == 0)
            {
                var first = await baseline.RunRoundAsync(RoundDuration, round);
                rounds.Add((first, await measured.RunRoundAsync(RoundDuration, round)));
            }
            else
            {
                var first = await measured.RunRoundAsync(RoundDuration, round);
                rounds.Add((await baseline.RunRoundAsync(RoundDuration, round), first));
            }
        }

        var median = rounds.OrderBy(r => r.Measured.RequestsPerSecond / r.Baseline.RequestsPerSecond).ElementAt(Rounds / 2);
        return (median.Baseline, median.Measured, rounds.Sum(r => r.Baseline.Failed + r.Measured.Failed));
    }
}
