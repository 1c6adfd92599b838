namespace PlanetTechCare.Webhooks.Domain;

/// <summary>What one HTTP attempt gave: a status code, or an error (network, timeout, refused target).</summary>
public sealed record AttemptResult(int? StatusCode, long LatencyMs, string? Error)
{
    public bool IsSuccess => StatusCode is >= 200 and < 300;

    public bool IsGone => StatusCode == 410;

    /// <summary>Network errors, timeouts, 408, 429 and 5xx are worth another attempt.</summary>
    public bool IsRetryable => StatusCode is null or 408 or 429 or >= 500;
}
