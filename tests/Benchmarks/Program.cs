using PlanetTechCare.Benchmarks;

// Benchmarks of the running platform; loops are bounded in count and time and target loopback only.
// Usage: dotnet run -c Release --project tests/Benchmarks -- [platform|idle|pages|directory-search|webhooks|all]   (default: platform)
var which = args.FirstOrDefault() ?? "platform";
if (args is [BareKestrelProcess.Command, var folder])
{
    await BareKestrelProcess.ServeAsync(folder);
    return 0;
}

if (which is not ("platform" or "idle" or "pages" or "directory-search" or "webhooks" or "all"))
{
    Console.Error.WriteLine($"Unknown benchmark '{which}': platform, idle, pages, directory-search, webhooks or all.");
    return 2;
}

if (which is "webhooks")
{
    await BenchmarkReport.WriteAsync("webhooks", await PlatformBenchmarks.RunWebhookDeliveriesAsync());
}

if (which is "idle")
{
    await BenchmarkReport.WriteAsync("idle", await PlatformBenchmarks.RunIdleAsync());
}

if (which is "pages")
{
    await BenchmarkReport.WriteAsync("pages", await PlatformBenchmarks.RunPageViewsAsync());
}

if (which is "platform" or "all")
{
    await BenchmarkReport.WriteAsync("platform", await PlatformBenchmarks.RunAsync());
}

if (which is "directory-search" or "all")
{
    await BenchmarkReport.WriteAsync("directory-search", await DirectorySearchBenchmark.RunAsync(listings: 10_000, samplesPerScenario: 200));
}

return 0;
