namespace PlanetTechCare.Gateway.Security;

/// <summary>At most <see cref="PermitLimit"/> requests per <see cref="Window"/> (configuration <c>Gateway:RateLimits:*</c>).</summary>
public sealed class RateLimitWindow
{
    public int PermitLimit { get; set; } = 100;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
