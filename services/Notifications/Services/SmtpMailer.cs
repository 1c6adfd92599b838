using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using PlanetTechCare.Notifications.Domain;
using PlanetTechCare.Notifications.Extensions;

namespace PlanetTechCare.Notifications.Services;

/// <summary>
/// Hands messages to the SMTP server of <c>ConnectionStrings:smtp</c> with MailKit, over one
/// connection per batch, and tells what the server answered to each: its reply code and text, or
/// that none answered (refused connection, timeout). Never an exception's type or stack trace.
/// </summary>
public sealed class SmtpMailer(IConfiguration configuration, IOptions<NotificationsOptions> options)
{
    private readonly SmtpAddress _server = SmtpAddress.Parse(configuration.GetConnectionString(SmtpAddress.ConnectionName)
        ?? throw new InvalidOperationException($"The connection string 'ConnectionStrings:{SmtpAddress.ConnectionName}' is missing; the AppHost injects it."));

    /// <summary>Sends each message in turn; returns the answer to each, in order.</summary>
    public async Task<IReadOnlyList<SmtpAnswer>> SendAsync(IReadOnlyList<Message> messages, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = (int)options.Value.SmtpTimeout.TotalMilliseconds };
        if (await ConnectAsync(client, cancellationToken) is { } refused)
        {
            return [.. messages.Select(_ => refused)];
        }

        var answers = new List<SmtpAnswer>(messages.Count);
        foreach (var message in messages)
        {
            answers.Add(client.IsConnected ? await SendOneAsync(client, message, cancellationToken) : SmtpAnswer.NoAnswer(NoAnswer("the connection was lost")));
        }

        if (client.IsConnected)
        {
            try
            {
                await client.DisconnectAsync(quit: true, cancellationToken);
            }
            catch (Exception exception) when (exception is IOException or SocketException or ProtocolException or SmtpCommandException)
            {
                // Every message was answered already.
            }
        }

        return answers;
    }

    private async Task<SmtpAnswer?> ConnectAsync(SmtpClient client, CancellationToken cancellationToken)
    {
        try
        {
            await client.ConnectAsync(_server.Host, _server.Port, _server.Security, cancellationToken);
            if (_server.Username is { } user)
            {
                await client.AuthenticateAsync(user, _server.Password ?? string.Empty, cancellationToken);
            }

            return null;
        }
        catch (SmtpCommandException refused)
        {
            return SmtpAnswer.Refused((int)refused.StatusCode, refused.Message);
        }
        catch (AuthenticationException)
        {
            return SmtpAnswer.NoAnswer($"The SMTP server at {_server.Host}:{_server.Port} refused the credentials.");
        }
        catch (Exception failure) when (failure is SocketException or IOException or TimeoutException or ProtocolException or SslHandshakeException)
        {
            return SmtpAnswer.NoAnswer(NoAnswer(Why(failure)));
        }
    }

    private async Task<SmtpAnswer> SendOneAsync(SmtpClient client, Message message, CancellationToken cancellationToken)
    {
        try
        {
            return SmtpAnswer.Sent(await client.SendAsync(MimeMessages.From(message, options.Value.FromAddress), cancellationToken));
        }
        catch (SmtpCommandException refused)
        {
            return SmtpAnswer.Refused((int)refused.StatusCode, refused.Message);
        }
        catch (Exception failure) when (failure is SocketException or IOException or TimeoutException or ProtocolException)
        {
            return SmtpAnswer.NoAnswer(NoAnswer(Why(failure)));
        }
    }

    private string NoAnswer(string why) => $"No answer from the SMTP server at {_server.Host}:{_server.Port}: {why}.";

    private static string Why(Exception failure) => failure switch
    {
        SocketException { SocketErrorCode: SocketError.ConnectionRefused } => "the connection was refused",
        SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData } => "the host is unknown",
        SocketException or IOException => "the connection failed",
        TimeoutException => "it timed out",
        _ => "it broke the SMTP protocol",
    };
}
