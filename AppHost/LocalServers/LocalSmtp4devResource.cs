namespace PlanetTechCare.AppHost.LocalServers;

/// <summary>
/// smtp4dev run as a plain process: an SMTP server on a loopback port that keeps every message it
/// receives (sending none on), with a web UI and an HTTP API on another, its files in <see cref="DataDirectory"/>.
/// </summary>
public sealed class LocalSmtp4devResource(string name, string command, string dataDirectory)
    : ExecutableResource(name, command, dataDirectory), IResourceWithConnectionString
{
    public const string SmtpEndpointName = "smtp";
    public const string WebEndpointName = "http";

    public string DataDirectory { get; } = dataDirectory;

    public EndpointReference Smtp => new(this, SmtpEndpointName);

    public EndpointReference Web => new(this, WebEndpointName);

    /// <summary>The format a deployment gives as <c>ConnectionStrings__smtp</c> too (see the notifications service's <c>SmtpAddress</c>).</summary>
    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"smtp://127.0.0.1:{Smtp.Property(EndpointProperty.Port)}");
}
