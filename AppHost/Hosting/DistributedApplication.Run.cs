using System.Runtime.InteropServices;

namespace PlanetTechCare.AppHost.Hosting;

/// <summary>Running from the command line: start, show the resources, wait for Ctrl+C or SIGTERM, stop.</summary>
public sealed partial class DistributedApplication
{
    public void Run() => RunAsync().GetAwaiter().GetResult();

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        using var shutdown = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        void RequestShutdown(PosixSignalContext context)
        {
            context.Cancel = true;
            shutdown.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, RequestShutdown);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, RequestShutdown);
        try
        {
            await StartAsync(shutdown.Token);
            ResourceTable.Write(Console.Out, GetResourceSnapshots());
            if (runtimes.ContainsKey("gateway"))
            {
                Console.Out.WriteLine($"Gateway: {GetEndpoint("gateway")}");
            }

            foreach (var note in StartupNotes)
            {
                Console.Out.WriteLine(note(this));
            }

            Console.Out.WriteLine("Press Ctrl+C to stop.");
            await Task.Delay(Timeout.Infinite, shutdown.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        }
        catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
        {
            // Stopped while starting.
        }
        finally
        {
            Console.Out.WriteLine("Stopping…");
            await DisposeAsync();
        }
    }
}
