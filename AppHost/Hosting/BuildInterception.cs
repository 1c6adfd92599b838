namespace PlanetTechCare.AppHost.Hosting;

/// <summary>
/// Lets the testing builder run the AppHost's own entry point and take its builder at
/// <c>Build()</c> (as Microsoft's HostFactoryResolver does): the entry point is then aborted.
/// </summary>
internal static class BuildInterception
{
    private static readonly AsyncLocal<TaskCompletionSource<DistributedApplicationBuilder>?> Capture = new();

    /// <summary>Arms the interception for the entry point run on the current async flow.</summary>
    public static void Arm(TaskCompletionSource<DistributedApplicationBuilder> capture) => Capture.Value = capture;

    public static void OnBuild(DistributedApplicationBuilder builder)
    {
        if (Capture.Value is { } capture)
        {
            Capture.Value = null;
            capture.TrySetResult(builder);
            throw new EntryPointAbortedException();
        }
    }
}
