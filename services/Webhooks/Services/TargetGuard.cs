using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using PlanetTechCare.Webhooks.Extensions;

namespace PlanetTechCare.Webhooks.Services;

/// <summary>
/// Keeps webhooks away from the platform's own network (SSRF): targets must be https and resolve
/// only to public addresses. Checked when a subscription is made and again on every connection,
/// against the address actually connected to (so a DNS answer that changes cannot slip through).
/// </summary>
public sealed class TargetGuard(IOptions<WebhooksOptions> options)
{
    private bool AllowLoopback => options.Value.AllowLoopbackHttp;

    /// <summary>Why <paramref name="target"/> is refused, or null when it may be used.</summary>
    public async Task<string?> RefusalAsync(Uri target, CancellationToken cancellationToken)
    {
        if (target.Scheme != Uri.UriSchemeHttps && !(AllowLoopback && target.Scheme == Uri.UriSchemeHttp))
        {
            return "The target URL must use https.";
        }

        if (!string.IsNullOrEmpty(target.UserInfo))
        {
            return "The target URL must not carry credentials.";
        }

        IPAddress[] addresses;
        try
        {
            addresses = await ResolveAsync(target.DnsSafeHost, cancellationToken);
        }
        catch (SocketException)
        {
            return $"The host '{target.Host}' does not resolve.";
        }

        return addresses.Length == 0 ? $"The host '{target.Host}' does not resolve."
            : addresses.FirstOrDefault(address => !IsAllowed(address)) is { } refused
                ? $"The host '{target.Host}' resolves to {refused}, a private, loopback, link-local or reserved address."
                : null;
    }

    public bool IsAllowed(IPAddress address) => !AddressRanges.IsForbidden(address, AllowLoopback);

    /// <summary>Connects only to an allowed address of the host (for <see cref="SocketsHttpHandler.ConnectCallback"/>).</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var addresses = await ResolveAsync(context.DnsEndPoint.Host, cancellationToken);
        var allowed = addresses.Where(IsAllowed).ToArray();
        if (allowed.Length == 0 || allowed.Length != addresses.Length)
        {
            throw new ForbiddenAddressException($"The host '{context.DnsEndPoint.Host}' resolves to a forbidden address.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            if (socket.RemoteEndPoint is IPEndPoint connected && !IsAllowed(connected.Address))
            {
                throw new ForbiddenAddressException($"Connected to a forbidden address {connected.Address}.");
            }

            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
}
