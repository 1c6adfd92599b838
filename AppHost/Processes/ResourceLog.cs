namespace PlanetTechCare.AppHost.Processes;

/// <summary>
/// The output of one resource: every line goes to the console (prefixed, coloured) or to
/// <c>logs/&lt;resource&gt;.log</c>, and the last lines are kept for error messages.
/// </summary>
public sealed class ResourceLog
{
    private const int KeptLineCount = 40;
    private readonly Queue<string> lastLines = new();
    private readonly Lock gate = new();
    private readonly LogSink sink;

    internal ResourceLog(LogSink sink, string resourceName, string colour)
    {
        this.sink = sink;
        ResourceName = resourceName;
        Colour = colour;
    }

    public string ResourceName { get; }

    internal string Colour { get; }

    public void Write(string line, int? replica = null)
    {
        var source = replica is null ? ResourceName : $"{ResourceName}-{replica}";
        lock (gate)
        {
            lastLines.Enqueue(line);
            if (lastLines.Count > KeptLineCount)
            {
                lastLines.Dequeue();
            }
        }

        sink.Write(this, source, line);
    }

    public IReadOnlyList<string> LastLines()
    {
        lock (gate)
        {
            return [.. lastLines];
        }
    }

    public string LastLinesText() => string.Join(Environment.NewLine, LastLines().Select(line => "    " + line));
}
