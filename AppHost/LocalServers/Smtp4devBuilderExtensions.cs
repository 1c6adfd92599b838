using System.Net.Sockets;

namespace PlanetTechCare.AppHost.LocalServers;

public static class Smtp4devBuilderExtensions
{
    private const string Package = "rnwood.smtp4dev";
    private const string EntryPoint = "Rnwood.Smtp4dev";

    /// <summary>
    /// An SMTP server for the app model: the one given by <c>ConnectionStrings:&lt;name&gt;</c>
    /// (<c>smtp://user:password@host:587</c>, or <c>smtps://</c> for TLS from the start), or else
    /// smtp4dev, the repository's local tool, which keeps every message for the developer to read in
    /// its web UI (listed beside the resource) and delivers none. Its SMTP and web ports are on
    /// loopback, plain text (no TLS), no IMAP nor POP3; its database is in its own data folder.
    /// Healthy once its HTTP API answers (a given server: once it accepts a connection).
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddLocalSmtp4dev(this IDistributedApplicationBuilder builder, string name)
    {
        if (builder.Configuration.GetConnectionString(name) is not null)
        {
            var given = builder.AddGivenConnectionString(name);
            return given.WithReadinessProbe($"{name}-accepts-connections", async cancellationToken =>
            {
                var server = new Uri(await ((IResourceWithConnectionString)given.Resource).GetConnectionStringAsync(cancellationToken) ?? string.Empty);
                using var client = new TcpClient();
                await client.ConnectAsync(server.Host, server.IsDefaultPort || server.Port < 0 ? 25 : server.Port, cancellationToken);
            });
        }

        var folder = DataFolder.Of(builder).For(name);
        var smtp4dev = new LocalSmtp4devResource(name, LocalTools.ExecutableOf(builder, Package, EntryPoint), folder);
        return builder.AddResource(smtp4dev)
            .WithEndpoint(name: LocalSmtp4devResource.SmtpEndpointName, scheme: "tcp", isProxied: false)
            .WithHttpEndpoint(name: LocalSmtp4devResource.WebEndpointName, isProxied: false)
            .WithUrlForEndpoint(LocalSmtp4devResource.WebEndpointName, url => url.DisplayText = "Mailbox (smtp4dev)")
            .WithArgs(
                $"--baseappdatapath={folder}", $"--db={Path.Combine(folder, "smtp4dev.db")}", "--nousersettings",
                "--hostname=localhost", "--bindaddress=127.0.0.1", "--tlsmode=None", "--imapport=", "--pop3port=")
            .WithArgs(context =>
            {
                context.Args.Add(ReferenceExpression.Create($"--smtpport={smtp4dev.Smtp.Property(EndpointProperty.Port)}"));
                context.Args.Add(ReferenceExpression.Create($"--urls=http://127.0.0.1:{smtp4dev.Web.Property(EndpointProperty.Port)}"));
            })
            .WithIconName("Mail")
            .WithHttpReadinessProbe("/api/server");
    }

    /// <summary>The notes to print once the platform runs: where the local mailbox is, when smtp4dev runs (a given server has none to show).</summary>
    public static IEnumerable<ReferenceExpression> MailboxNotes(this IResourceBuilder<IResourceWithConnectionString> smtp) =>
        smtp.Resource is LocalSmtp4devResource local
            ? [ReferenceExpression.Create($"E-mails (smtp4dev): {local.Web}")]
            : [];
}
