using System.Reflection;
using System.Runtime.ExceptionServices;
using PlanetTechCare.AppHost.Hosting;

namespace PlanetTechCare.AppHost.Testing;

/// <summary>
/// Mirrors Aspire.Hosting.Testing: runs the AppHost's own entry point up to <c>Build()</c> and hands
/// its builder to the test, with a temporary data folder (deleted on dispose) and file logging.
/// </summary>
public static class DistributedApplicationTestingBuilder
{
    private static readonly TimeSpan EntryPointTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The app model declared by the entry point of <typeparamref name="TEntryPoint"/>'s assembly (e.g. <c>Projects.AppHost</c>).</summary>
    public static async Task<DistributedApplicationBuilder> CreateAsync<TEntryPoint>(string[] args, CancellationToken cancellationToken = default)
        where TEntryPoint : class
    {
        var entryPoint = typeof(TEntryPoint).Assembly.EntryPoint
            ?? throw new InvalidOperationException($"{typeof(TEntryPoint).Assembly.GetName().Name} has no entry point.");
        var capture = new TaskCompletionSource<DistributedApplicationBuilder>(TaskCreationOptions.RunContinuationsAsynchronously);
        var run = Task.Run(() => RunUntilBuild(entryPoint, args, capture), cancellationToken);
        await Task.WhenAny(capture.Task, run).WaitAsync(EntryPointTimeout, cancellationToken);
        if (!capture.Task.IsCompleted)
        {
            await run; // rethrows what the entry point threw
            throw new InvalidOperationException($"The entry point of {entryPoint.DeclaringType?.Assembly.GetName().Name} returned without calling Build().");
        }

        return PrepareForTests(await capture.Task);
    }

    public static Task<DistributedApplicationBuilder> CreateAsync<TEntryPoint>(CancellationToken cancellationToken = default)
        where TEntryPoint : class => CreateAsync<TEntryPoint>([], cancellationToken);

    /// <summary>An empty app model (for tests that only need PostgreSQL and RabbitMQ), with a temporary data folder.</summary>
    public static DistributedApplicationBuilder Create(params string[] args) => PrepareForTests(DistributedApplication.CreateBuilder(args));

    private static DistributedApplicationBuilder PrepareForTests(DistributedApplicationBuilder builder)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("ptc-apphost-").FullName;
        builder.DataDirectory = dataDirectory;
        builder.TemporaryDataDirectory = dataDirectory;
        builder.Options.LogToFiles = true;
        builder.Options.PostgresFsync = false;
        return builder;
    }

    private static void RunUntilBuild(MethodInfo entryPoint, string[] args, TaskCompletionSource<DistributedApplicationBuilder> capture)
    {
        BuildInterception.Arm(capture);
        try
        {
            entryPoint.Invoke(null, entryPoint.GetParameters().Length == 0 ? [] : [args]);
        }
        catch (TargetInvocationException error) when (error.InnerException is EntryPointAbortedException)
        {
            // Expected: Build() was reached and the builder captured.
        }
        catch (TargetInvocationException error) when (error.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(error.InnerException).Throw();
        }
    }
}
