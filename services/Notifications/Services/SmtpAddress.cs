using MailKit.Security;

namespace PlanetTechCare.Notifications.Services;

/// <summary>
/// The SMTP server from <c>ConnectionStrings:smtp</c>, a URI: <c>smtp://user:password@host:587</c>
/// (STARTTLS when the server offers it; port 25 by default) or <c>smtps://user:password@host:465</c>
/// (TLS from the start). Credentials are optional and URL-encoded.
/// </summary>
public sealed record SmtpAddress(string Host, int Port, SecureSocketOptions Security, string? Username, string? Password)
{
    public const string ConnectionName = "smtp";

    public static SmtpAddress Parse(string connectionString)
    {
        var uri = new Uri(connectionString);
        var security = uri.Scheme switch
        {
            "smtp" => SecureSocketOptions.StartTlsWhenAvailable,
            "smtps" => SecureSocketOptions.SslOnConnect,
            _ => throw new FormatException($"'{uri.Scheme}' is not an SMTP connection string scheme (smtp or smtps)."),
        };
        var credentials = uri.UserInfo.Split(':', 2);
        return new SmtpAddress(
            uri.Host,
            uri.IsDefaultPort || uri.Port < 0 ? (security == SecureSocketOptions.SslOnConnect ? 465 : 25) : uri.Port,
            security,
            credentials[0].Length > 0 ? Uri.UnescapeDataString(credentials[0]) : null,
            credentials.Length > 1 ? Uri.UnescapeDataString(credentials[1]) : null);
    }
}
