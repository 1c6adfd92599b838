namespace PlanetTechCare.Dashboard.Platform;

/// <summary>A queue and the messages waiting in it (ready) or being handled (unacknowledged).</summary>
public sealed record QueueDepth(string Name, long Ready, long Unacknowledged, int Consumers)
{
    public const string ErrorSuffix = "_error";

    public bool IsErrorQueue => Name.EndsWith(ErrorSuffix, StringComparison.Ordinal);

    /// <summary>The queue an <c>_error</c> queue's messages came from.</summary>
    public string SourceQueue => IsErrorQueue ? Name[..^ErrorSuffix.Length] : Name;
}
