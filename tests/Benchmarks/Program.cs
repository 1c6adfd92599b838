using PlanetTechCare.Benchmarks;

// Benchmarks of the running platform; loops are bounded in count and time and target loopback only.
// Usage: dotnet run -c Release --project tests/Benchmarks -- [directory-search]
var results = await DirectorySearchBenchmark.RunAsync(listings: 10_000, samplesPerScenario: 200);
await BenchmarkReport.WriteAsync("directory-search", results);
