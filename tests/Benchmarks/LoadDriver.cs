using System.Diagnostics;

namespace PlanetTechCare.Benchmarks;

/// <summary>
/// A bounded load generator: a fixed number of requests sent by a fixed number of concurrent
/// workers, stopped early at a time limit, to loopback addresses only.
/// </summary>
public static class LoadDriver
{
    private const int WarmUpRequestsPerWindow = 200_000;

    public static async Task<LoadResult> RunAsync(
        HttpClient http, Func<int, HttpRequestMessage> request, int requests, int concurrency, TimeSpan timeLimit, bool warmUp = true)
    {
        if (http.BaseAddress is not { IsLoopback: true })
        {
            throw new InvalidOperationException($"Load is only sent to loopback addresses, not to {http.BaseAddress}.");
        }

        if (warmUp)
        {
            await WarmUpAsync(http, request, concurrency);
        }

        return await SendAsync(http, request, requests, concurrency, timeLimit);
    }

    /// <summary>Unmeasured load at the given concurrency, with negative indices, until its throughput is steady (<see cref="SteadyThroughput"/>).</summary>
    private static Task WarmUpAsync(HttpClient http, Func<int, HttpRequestMessage> request, int concurrency) =>
        SteadyThroughput.WarmUpAsync(async window =>
        {
            var first = window * WarmUpRequestsPerWindow;
            var load = await SendAsync(http, index => request(-1 - first - index), WarmUpRequestsPerWindow, concurrency, SteadyThroughput.Window);
            return load.RequestsPerSecond;
        });

    private static async Task<LoadResult> SendAsync(
        HttpClient http, Func<int, HttpRequestMessage> request, int requests, int concurrency, TimeSpan timeLimit)
    {
        var latencies = new double[requests];
        var next = -1;
        var completed = 0;
        var failed = 0;
        long bytes = 0;
        using var limit = new CancellationTokenSource(timeLimit);
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int index;
            while (!limit.IsCancellationRequested && (index = Interlocked.Increment(ref next)) < requests)
            {
                var sent = Stopwatch.GetTimestamp();
                try
                {
                    using var sending = request(index);
                    using var response = await http.SendAsync(sending, limit.Token);
                    var body = await response.Content.ReadAsByteArrayAsync(limit.Token);
                    Interlocked.Add(ref bytes, body.Length + HeaderBytes(response) + HeaderBytes(sending) + (sending.Content?.Headers.ContentLength ?? 0));
                    if ((int)response.StatusCode >= 500)
                    {
                        Interlocked.Increment(ref failed);
                    }
                }
                catch (Exception error) when (error is HttpRequestException or OperationCanceledException)
                {
                    if (limit.IsCancellationRequested)
                    {
                        return;
                    }

                    Interlocked.Increment(ref failed);
                }

                latencies[index] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                Interlocked.Increment(ref completed);
            }
        }));
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;

        var measured = latencies.Where(latency => latency > 0).Order().ToList();
        return new LoadResult(completed, failed, seconds, completed / seconds, Percentiles.Of(measured, 0.50), Percentiles.Of(measured, 0.99),
            completed == 0 ? 0 : (double)bytes / completed);
    }

    /// <summary>The HTTP/1.1 header block's size: "name: value\r\n" per header, the start line and the blank line counted as 40 bytes.</summary>
    private static long HeaderBytes(HttpRequestMessage request) =>
        40 + request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .Sum(header => header.Key.Length + 4 + header.Value.Sum(value => value.Length));

    private static long HeaderBytes(HttpResponseMessage response) =>
        40 + response.Headers.Concat(response.Content.Headers).Sum(header => header.Key.Length + 4 + header.Value.Sum(value => value.Length));

    /// <summary>A client for loads: enough connections for the workers, a generous timeout.</summary>
    public static HttpClient ClientFor(Uri baseAddress, int connections) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(90),
        };
}
