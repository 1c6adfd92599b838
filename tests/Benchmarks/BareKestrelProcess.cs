using System.Diagnostics;
using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using PlanetTechCare.ServiceDefaults.Apis;

namespace PlanetTechCare.Benchmarks;

/// <summary>
/// The baseline of the public reads: a bare Kestrel endpoint answering fixed bytes, in a process of
/// its own run as the services are (workstation GC, not concurrent), so that it differs from a service only by the
/// service's work, not by sharing the load driver's process and runtime. Beside it, at
/// <see cref="FrameworkAddress"/>, the same bytes behind the framework's pieces every service's
/// cached read goes through (forwarded headers, exception handler, status code pages, and an
/// output cache hit with the services' policy), and none of the platform's own code: what those
/// pieces cost is then measured apart from what the services add.
/// </summary>
public sealed class BareKestrelProcess : IAsyncDisposable
{
    public const string Command = "bare-kestrel";
    private readonly Process _process;
    private readonly string _folder;

    private BareKestrelProcess(Process process, string folder, Uri address, Uri frameworkAddress)
    {
        _process = process;
        _folder = folder;
        Address = address;
        FrameworkAddress = frameworkAddress;
    }

    public Uri Address { get; }

    /// <summary>The same bytes at the same paths, behind the framework's middleware and output cache.</summary>
    public Uri FrameworkAddress { get; }

    /// <summary>The path at which the bytes given under <paramref name="label"/> are answered.</summary>
    public static string PathOf(string label) => $"/fixed/{Uri.EscapeDataString(label)}";

    /// <summary>Starts this program as the bare server of the given bodies, by label.</summary>
    public static async Task<BareKestrelProcess> StartAsync(IReadOnlyDictionary<string, byte[]> bodies)
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("ptc-bare-kestrel-").FullName;
        foreach (var (label, body) in bodies)
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, Uri.EscapeDataString(label)), body);
        }

        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        start.ArgumentList.Add(Command);
        start.ArgumentList.Add(folder);
        start.Environment["DOTNET_gcServer"] = "0";
        start.Environment["DOTNET_gcConcurrent"] = "0";
        var process = Process.Start(start) ?? throw new InvalidOperationException("The bare Kestrel process did not start.");
        async Task<Uri> AddressAsync() => new(await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30))
            ?? throw new InvalidOperationException("The bare Kestrel process exited before listening."));
        return new BareKestrelProcess(process, folder, await AddressAsync(), await AddressAsync());
    }

    /// <summary>
    /// The child's side: serves each file of the folder at <see cref="PathOf"/> its name, bare and
    /// behind the framework's pieces, prints the two addresses, and runs until it is stopped or its
    /// standard input closes (the benchmark has exited).
    /// </summary>
    public static async Task ServeAsync(string folder)
    {
        var bodies = System.IO.Directory.GetFiles(folder).ToDictionary(file => Uri.UnescapeDataString(Path.GetFileName(file)), File.ReadAllBytes);
        void MapFixed(WebApplication app) => app.MapGet("/fixed/{label}", (string label) => Results.Bytes(bodies[label], "application/json"));
        await using var bare = await LoopbackServer.StartAsync(MapFixed);
        await using var framework = await LoopbackServer.StartAsync(
            app =>
            {
                app.UseForwardedHeaders();
                app.UseExceptionHandler();
                app.UseStatusCodePages();
                app.UseOutputCache();
                MapFixed(app);
            },
            services => services.AddProblemDetails().AddOutputCache(options => options.AddBasePolicy(policy => policy
                .SetVaryByHeader(HeaderNames.AcceptLanguage).Expire(PublicReadCache.DefaultExpiry).Tag(PublicReadCache.Tag))));
        Console.WriteLine(bare.Address);
        Console.WriteLine(framework.Address);
        await Task.WhenAny(Task.Run(Console.In.ReadToEnd), Task.Delay(Timeout.Infinite, bare.Stopping));
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
        System.IO.Directory.Delete(_folder, recursive: true);
    }
}
