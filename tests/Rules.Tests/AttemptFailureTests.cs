using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Options;
using PlanetTechCare.Webhooks.Extensions;
using PlanetTechCare.Webhooks.Services;

namespace PlanetTechCare.Rules.Tests;

/// <summary>A failed attempt to reach a receiver gives the platform's reason, never the framework's message (English, with hosts, ports and system errors).</summary>
public sealed class AttemptFailureTests
{
    [Fact]
    public async Task A_receiver_that_refuses_the_connection_could_not_be_reached()
    {
        var port = ClosedPort();

        var error = await ErrorOfAsync(new Uri($"http://127.0.0.1:{port}/hook"), allowLoopback: true);

        Assert.Equal("The receiver could not be reached.", error);
    }

    [Fact]
    public async Task A_connection_the_guard_refuses_keeps_the_guards_reason_without_the_frameworks_additions()
    {
        var port = ClosedPort();

        var error = await ErrorOfAsync(new Uri($"https://127.0.0.1:{port}/hook"), allowLoopback: false);

        Assert.Equal("The host '127.0.0.1' resolves to a forbidden address.", error);
    }

    [Fact]
    public async Task A_receiver_that_does_not_answer_in_http_gave_no_valid_http()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var answering = AnswerGarbageAsync(listener);

        var error = await ErrorOfAsync(new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/hook"), allowLoopback: true);

        await answering;
        Assert.Equal("The receiver's answer was not valid HTTP.", error);
    }

    private static async Task<string?> ErrorOfAsync(Uri target, bool allowLoopback)
    {
        var options = Options.Create(new WebhooksOptions { AllowLoopbackHttp = allowLoopback, AttemptTimeout = TimeSpan.FromSeconds(5) });
        using var sender = new WebhookSender(new TargetGuard(options), TimeProvider.System, options);

        var (result, _) = await sender.SendAsync(target, "secret", "msg_1", "{}", "application/json", CancellationToken.None);

        Assert.Null(result.StatusCode);
        return result.Error;
    }

    /// <summary>A loopback port nothing listens on: one the system just gave and took back.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Reads the request's headers, answers a line that is no HTTP status line, then reads on until the sender hangs up.</summary>
    private static async Task AnswerGarbageAsync(TcpListener listener)
    {
        using var client = await listener.AcceptTcpClientAsync();
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
        while (!string.IsNullOrEmpty(await reader.ReadLineAsync()))
        {
        }

        await stream.WriteAsync(Encoding.ASCII.GetBytes("not http at all\r\n\r\n"));
        await reader.ReadToEndAsync();
    }
}
