namespace PlanetTechCare.Webhooks.Extensions;

/// <summary>Settings under <c>Webhooks</c>.</summary>
public sealed class WebhooksOptions
{
    public const string SectionName = "Webhooks";

    /// <summary>Development and tests only: allows http targets and loopback addresses.</summary>
    public bool AllowLoopbackHttp { get; set; }

    /// <summary>
    /// The base delays between attempts (full jitter picks a delay between zero and the base);
    /// the last one repeats.
    /// </summary>
    public List<TimeSpan> RetrySchedule { get; set; } = [];

    /// <summary>How long after the first attempt a delivery keeps being retried.</summary>
    public TimeSpan RetryPeriod { get; set; } = TimeSpan.FromHours(24);

    /// <summary>A subscription whose deliveries all failed for this long is disabled.</summary>
    public TimeSpan DisableAfterFailingFor { get; set; } = TimeSpan.FromDays(3);

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan PollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    public int BatchSize { get; set; } = 20;

    /// <summary>How often the event stream looks for new events.</summary>
    public TimeSpan StreamPollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    public static readonly IReadOnlyList<TimeSpan> DefaultRetrySchedule =
    [
        TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10),
        TimeSpan.FromMinutes(30), TimeSpan.FromHours(1), TimeSpan.FromHours(3),
    ];

    public IReadOnlyList<TimeSpan> EffectiveRetrySchedule => RetrySchedule.Count > 0 ? RetrySchedule : DefaultRetrySchedule;
}
