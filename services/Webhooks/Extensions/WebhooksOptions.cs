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

    /// <summary>
    /// How long a claimed delivery is left to its dispatcher before another may send it: a process
    /// that dies mid-send leaves it due again this long after the claim, with the same webhook id.
    /// Longer than <see cref="AttemptTimeout"/>, so that a live dispatcher records its attempt first.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How often the dispatcher looks for due deliveries it was not told about: retries coming due,
    /// redeliveries, resumed subscriptions, leases of a process that died. New deliveries recorded by
    /// this process wake it at once.
    /// </summary>
    public TimeSpan PollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The most deliveries one claim takes.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>The most deliveries this process sends at once, over every subscription.</summary>
    public int MaxConcurrentSends { get; set; } = 100;

    /// <summary>
    /// The most deliveries this process sends at once to one subscription: a slow receiver holds
    /// only these, the others' deliveries go on beside it.
    /// </summary>
    public int MaxConcurrentSendsPerSubscription { get; set; } = 20;

    /// <summary>How often the event stream looks for new events.</summary>
    public TimeSpan StreamPollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    public static readonly IReadOnlyList<TimeSpan> DefaultRetrySchedule =
    [
        TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10),
        TimeSpan.FromMinutes(30), TimeSpan.FromHours(1), TimeSpan.FromHours(3),
    ];

    public IReadOnlyList<TimeSpan> EffectiveRetrySchedule => RetrySchedule.Count > 0 ? RetrySchedule : DefaultRetrySchedule;
}
