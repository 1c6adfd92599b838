namespace PlanetTechCare.Benchmarks;

/// <summary>What a bounded load run did: requests completed, failures (status 5xx or no answer), time, throughput and latencies.</summary>
public sealed record LoadResult(int Completed, int Failed, double Seconds, double RequestsPerSecond, double P50Milliseconds, double P99Milliseconds);
