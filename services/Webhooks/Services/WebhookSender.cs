using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Options;
using PlanetTechCare.Webhooks.Domain;
using PlanetTechCare.Webhooks.Extensions;

namespace PlanetTechCare.Webhooks.Services;

/// <summary>
/// Posts signed webhooks through its own HTTP client: every connection goes through the
/// <see cref="TargetGuard"/>, no redirects are followed, no retry happens here (the dispatcher
/// owns retries), and each attempt has its own timeout.
/// </summary>
public sealed class WebhookSender : IDisposable
{
    private readonly HttpClient _http;
    private readonly TimeProvider _clock;
    private readonly IOptions<WebhooksOptions> _options;

    public WebhookSender(TargetGuard guard, TimeProvider clock, IOptions<WebhooksOptions> options)
    {
        _clock = clock;
        _options = options;
        _http = new HttpClient(new SocketsHttpHandler
        {
            ConnectCallback = guard.ConnectAsync,
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <summary>Sends <paramref name="body"/> signed with <paramref name="secret"/>; the response body is returned for verification.</summary>
    public async Task<(AttemptResult Result, string? ResponseBody)> SendAsync(
        Uri target, string secret, string webhookId, string body, string contentType, CancellationToken cancellationToken)
    {
        var timestamp = _clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, target)
        {
            Content = new StringContent(body, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = new(contentType) { CharSet = null };
        request.Headers.Add(WebhookSignature.IdHeader, webhookId);
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, webhookId, timestamp, body));
        request.Headers.UserAgent.ParseAdd("PlanetTechCare-Webhooks/1.0");

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Value.AttemptTimeout);
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var responseBody = await ReadLimitedAsync(response, timeout.Token);
            return (new AttemptResult((int)response.StatusCode, watch.ElapsedMilliseconds, null), responseBody);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (new AttemptResult(null, watch.ElapsedMilliseconds, "Timed out."), null);
        }
        catch (HttpRequestException exception)
        {
            return (new AttemptResult(null, watch.ElapsedMilliseconds, FailureReason(exception)), null);
        }
    }

    public void Dispose() => _http.Dispose();

    private static async Task<string> ReadLimitedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        const int limit = 64 * 1024;
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[limit];
        var read = 0;
        int count;
        while (read < limit && (count = await stream.ReadAsync(buffer.AsMemory(read, limit - read), cancellationToken)) > 0)
        {
            read += count;
        }

        return Encoding.UTF8.GetString(buffer, 0, read);
    }

    /// <summary>
    /// Why the request failed, in the platform's words: the guard's refusal as it wrote it, otherwise
    /// the kind of failure. The framework's own message is never kept: it is English only and names
    /// the hosts, ports and system errors it met on the way.
    /// </summary>
    private static string FailureReason(HttpRequestException exception) => exception switch
    {
        { InnerException: ForbiddenAddressException refused } => refused.Message,
        { HttpRequestError: HttpRequestError.NameResolutionError } => "The receiver's host name does not resolve.",
        { HttpRequestError: HttpRequestError.SecureConnectionError } => "No secure (TLS) connection could be made with the receiver.",
        { HttpRequestError: HttpRequestError.InvalidResponse or HttpRequestError.ResponseEnded } => "The receiver's answer was not valid HTTP.",
        _ => "The receiver could not be reached.",
    };
}
