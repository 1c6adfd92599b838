using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace PlanetTechCare.Gateway.Security;

/// <summary>
/// Rate limits named by the routes (<c>RateLimiterPolicy</c>): <c>api</c> counts per API client (the
/// token's <c>client_id</c>, or its subject) and per IP address for anonymous calls; <c>public-writes</c>
/// (applying, registering) counts per IP address and is stricter. Over the limit: 429 with
/// <c>Retry-After</c> and a problem-details body.
/// </summary>
public static class RateLimitPolicies
{
    public const string Api = "api";
    public const string PublicWrites = "public-writes";

    public static IServiceCollection AddGatewayRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection("Gateway:RateLimits");
        var clients = limits.GetSection("Clients").Get<RateLimitWindow>() ?? new();
        var anonymous = limits.GetSection("Anonymous").Get<RateLimitWindow>() ?? new();
        var publicWrites = limits.GetSection("PublicWrites").Get<RateLimitWindow>() ?? new();

        return services.AddRateLimiter(options =>
        {
            options.AddPolicy(Api, http => http.User.Identity?.IsAuthenticated == true
                ? Window($"client:{http.User.FindFirst("client_id")?.Value ?? http.User.FindFirst("sub")?.Value}", clients)
                : Window($"ip:{http.Connection.RemoteIpAddress}", anonymous));
            options.AddPolicy(PublicWrites, http => Window($"ip:{http.Connection.RemoteIpAddress}", publicWrites));
            options.OnRejected = RejectAsync;
        });
    }

    private static RateLimitPartition<string> Window(string key, RateLimitWindow limit) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            QueueLimit = 0,
        });

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = "The rate limit of this client or address is reached; retry after the delay in Retry-After.",
            },
        });
    }
}
