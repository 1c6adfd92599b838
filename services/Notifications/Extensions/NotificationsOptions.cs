namespace PlanetTechCare.Notifications.Extensions;

/// <summary>Settings under <c>Notifications</c>.</summary>
public sealed class NotificationsOptions
{
    public const string SectionName = "Notifications";

    /// <summary>The gateway's public address, where the links of the e-mails lead (the AppHost gives it).</summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>The sender of every e-mail, and the ORGANIZER of its invitations.</summary>
    public string FromAddress { get; set; } = "ne-pas-repondre@planet-techcare.local";

    /// <summary>The delay after the first failed attempt; each further one doubles it, up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryMinDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>After this many failed attempts a message is given up (failed); with the defaults, about ten hours of tries (30 s, 1, 2, 4 … 32 min, then hourly).</summary>
    public int MaxAttempts { get; set; } = 16;

    /// <summary>
    /// How long a claimed message is left to its sender before another may send it: a process that
    /// dies mid-send leaves it due again this long after the claim. A batch is sent in turn over one
    /// connection, so the lease outlasts its slowest possible sending (<see cref="SlowestBatch"/>).
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long one SMTP exchange (connecting, or handing over one message) may wait for the server.</summary>
    public TimeSpan SmtpTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// How often the sender looks for due messages it was not told about: retries coming due,
    /// messages another replica wrote, a dead process's leases. This process's own new messages wake it at once.
    /// </summary>
    public TimeSpan PollingInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The most messages one claim takes.</summary>
    public int BatchSize { get; set; } = 10;

    /// <summary>A batch whose every exchange with the server took all the time allowed: connecting, then each message.</summary>
    public TimeSpan SlowestBatch => SmtpTimeout * (BatchSize + 1);

    /// <summary>How long to wait before the <paramref name="attempts"/>th retry: doubling from <see cref="RetryMinDelay"/>, at most <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan DelayAfter(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        return TimeSpan.FromTicks((long)Math.Min(RetryMaxDelay.Ticks, RetryMinDelay.Ticks * factor));
    }
}
