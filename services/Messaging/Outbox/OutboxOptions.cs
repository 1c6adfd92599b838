namespace PlanetTechCare.Messaging.Outbox;

public sealed class OutboxOptions
{
    public const string SectionName = "Messaging:Outbox";

    /// <summary>How many events one dispatch round publishes at most.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// How often the dispatcher looks for unsent events without being woken: a safety net only, as
    /// every commit of outbox rows wakes it (<see cref="CommitSignal{TEntity}"/>, <see cref="OutboxListener{TContext}"/>).
    /// </summary>
    public TimeSpan PollingInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long the dispatcher waits after a failure (broker down) before trying again.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one publish may wait for the broker's confirm before the round fails.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Sent events are kept this long for diagnosis, then deleted.</summary>
    public TimeSpan SentRetention { get; set; } = TimeSpan.FromDays(7);
}
