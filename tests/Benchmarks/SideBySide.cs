namespace PlanetTechCare.Benchmarks;

/// <summary>
/// A load and its baseline, each warmed up to a steady throughput, then run in alternation for seven
/// rounds, which of the two goes first alternating too; the round with the median ratio is kept, so
/// that a passing disturbance on this shared machine (the idle platform's pollers alone take about
/// 15% of it, in bursts) does not decide a ratio. Failures are counted over every round.
/// </summary>
public static class SideBySide
{
    private const int Rounds = 7;
    private static readonly TimeSpan RoundTimeLimit = TimeSpan.FromMinutes(2);

    public static async Task<(LoadResult Baseline, LoadResult Measured, int Failed)> RunAsync(
        HttpClient baselineClient, Func<int, HttpRequestMessage> baselineRequest,
        HttpClient measuredClient, Func<int, HttpRequestMessage> measuredRequest,
        int requestsPerRound, int concurrency)
    {
        await LoadDriver.WarmUpAsync(baselineClient, baselineRequest, concurrency);
        await LoadDriver.WarmUpAsync(measuredClient, measuredRequest, concurrency);
        var rounds = new List<(LoadResult Baseline, LoadResult Measured)>();
        for (var round = 0; round < Rounds; round++)
        {
            // Each round's requests have their own indices, for loads that vary their query by index.
            var first = round * requestsPerRound;
            Task<LoadResult> Baseline() => LoadDriver.RunAsync(baselineClient, index => baselineRequest(first + index),
                requestsPerRound, concurrency, RoundTimeLimit, warmUp: false);
            Task<LoadResult> Measured() => LoadDriver.RunAsync(measuredClient, index => measuredRequest(first + index),
                requestsPerRound, concurrency, RoundTimeLimit, warmUp: false);
            if (round % 2 == 0)
            {
                var baseline = await Baseline();
                rounds.Add((baseline, await Measured()));
            }
            else
            {
                var measured = await Measured();
                rounds.Add((await Baseline(), measured));
            }
        }

        var median = rounds.OrderBy(r => r.Measured.RequestsPerSecond / r.Baseline.RequestsPerSecond).ElementAt(Rounds / 2);
        return (median.Baseline, median.Measured, rounds.Sum(r => r.Baseline.Failed + r.Measured.Failed));
    }
}
