namespace PlanetTechCare.AppHost.Processes;

/// <summary>Where resource output goes: the console (default) or one file per resource.</summary>
public sealed class LogSink : IDisposable
{
    private static readonly string[] Colours =
        ["\u001b[36m", "\u001b[32m", "\u001b[33m", "\u001b[35m", "\u001b[34m", "\u001b[96m", "\u001b[92m", "\u001b[93m"];

    private const string ResetColour = "\u001b[0m";
    private readonly Dictionary<string, ResourceLog> logs = [];
    private readonly Dictionary<string, StreamWriter> files = [];
    private readonly Lock gate = new();
    private readonly string? fileDirectory;
    private readonly bool useColour;
    private bool disposed;

    /// <param name="fileDirectory">Write <c>&lt;resource&gt;.log</c> files there; null for the console.</param>
    public LogSink(string? fileDirectory)
    {
        this.fileDirectory = fileDirectory;
        useColour = fileDirectory is null && !Console.IsOutputRedirected;
        if (fileDirectory is not null)
        {
            Directory.CreateDirectory(fileDirectory);
        }
    }

    public ResourceLog For(string resourceName)
    {
        lock (gate)
        {
            if (!logs.TryGetValue(resourceName, out var log))
            {
                log = new ResourceLog(this, resourceName, Colours[logs.Count % Colours.Length]);
                logs[resourceName] = log;
            }

            return log;
        }
    }

    internal void Write(ResourceLog log, string source, string line)
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            if (fileDirectory is null)
            {
                Console.Out.WriteLine(useColour ? $"{log.Colour}{source,-14}|{ResetColour} {line}" : $"{source,-14}| {line}");
                return;
            }

            if (!files.TryGetValue(log.ResourceName, out var writer))
            {
                var path = Path.Combine(fileDirectory, log.ResourceName + ".log");
                writer = new StreamWriter(path, append: true) { AutoFlush = true };
                files[log.ResourceName] = writer;
            }

            writer.WriteLine($"{DateTimeOffset.UtcNow:HH:mm:ss.fff} {source}| {line}");
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            foreach (var writer in files.Values)
            {
                writer.Dispose();
            }

            files.Clear();
        }
    }
}
