namespace PlanetTechCare.AppHost.Hosting;

public sealed class DistributedApplicationOptions
{
    /// <summary>Write each resource's output to <c>&lt;DataDirectory&gt;/logs/&lt;resource&gt;.log</c> instead of the console.</summary>
    public bool LogToFiles { get; set; }

    /// <summary>PostgreSQL durability; tests turn it off for speed.</summary>
    public bool PostgresFsync { get; set; } = true;

    /// <summary>How long <c>StartAsync</c> waits for every resource to be healthy.</summary>
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>First delay before restarting a crashed project; it doubles up to <see cref="MaximumRestartDelay"/>.</summary>
    public TimeSpan InitialRestartDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaximumRestartDelay { get; set; } = TimeSpan.FromSeconds(30);
}
