namespace PlanetTechCare.Benchmarks;

/// <summary>
/// What a bounded load run did: requests completed, failures (no answer, or an error status: 5xx for <see cref="LoadDriver"/>,
/// 400 or more for <see cref="WrkLoad"/>), time, throughput and latencies; and, from <see cref="LoadDriver"/>, the bytes each
/// request carried on average, sent and received (headers and body).
/// </summary>
public sealed record LoadResult(
    int Completed, int Failed, double Seconds, double RequestsPerSecond, double P50Milliseconds, double P99Milliseconds, double BytesPerRequest = 0);
