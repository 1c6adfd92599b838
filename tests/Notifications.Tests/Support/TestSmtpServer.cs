using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace PlanetTechCare.Notifications.Tests.Support;

/// <summary>
/// A real SMTP server on a loopback port (the SmtpServer library), keeping what it accepts for the
/// tests to read, parsed by MimeKit. It answers <c>451</c> to the data of a message to an address a
/// test made it refuse, as a server that cannot take mail for a while does; stopped, it answers no
/// connection, and started again it listens on the same port.
/// </summary>
public sealed class TestSmtpServer : MessageStore, IAsyncDisposable
{
    public const string RefusalText = "4.3.0 The mailbox store is unavailable, try again later";

    private readonly ConcurrentDictionary<string, bool> _refused = new(StringComparer.OrdinalIgnoreCase);
    private CancellationTokenSource _stopping = new();
    private Task? _running;

    public int Port { get; } = FreePort();

    public ConcurrentQueue<MimeMessage> Received { get; } = new();

    public void Start()
    {
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)).IsSecure(false)).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(this);
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stopping.Token);
    }

    /// <summary>Stops listening: connections are refused until <see cref="Start"/>.</summary>
    public async Task StopAsync()
    {
        await _stopping.CancelAsync();
        if (_running is not null)
        {
            await _running.ContinueWith(_ => { }, TaskScheduler.Default);
        }

        _stopping.Dispose();
        _stopping = new CancellationTokenSource();
    }

    public void Refuse(string address) => _refused[address] = true;

    public void Accept(string address) => _refused.TryRemove(address, out _);

    /// <summary>What was accepted for <paramref name="address"/>.</summary>
    public IReadOnlyList<MimeMessage> To(string address) =>
        [.. Received.Where(m => m.To.Mailboxes.Any(to => string.Equals(to.Address, address, StringComparison.OrdinalIgnoreCase)))];

    public override Task<SmtpResponse> SaveAsync(
        ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        if (transaction.To.Any(to => _refused.ContainsKey($"{to.User}@{to.Host}")))
        {
            return Task.FromResult(new SmtpResponse((SmtpReplyCode)451, RefusalText));
        }

        using var stream = new MemoryStream(buffer.ToArray());
        Received.Enqueue(MimeMessage.Load(stream, cancellationToken));
        return Task.FromResult(SmtpResponse.Ok);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stopping.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
