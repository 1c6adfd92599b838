namespace PlanetTechCare.Messaging;

public sealed class MessagingOptions
{
    public const string SectionName = "Messaging";

    /// <summary>How many times a failing message is retried in-process before it goes to <c>_error</c>.</summary>
    public int RetryLimit { get; set; } = 5;

    public TimeSpan RetryMinInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan RetryMaxInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How many messages each receive endpoint takes from the broker ahead and handles at once; unset,
    /// MassTransit's default (twice the processor count, at most 16).
    /// </summary>
    public ushort? PrefetchCount { get; set; }
}
