namespace PlanetTechCare.Identity.Extensions;

/// <summary>A confidential client-credentials client created or updated at start (<c>Identity:Bootstrap:Clients:N</c>).</summary>
public sealed class BootstrapClientOptions
{
    public string? ClientId { get; set; }

    public string? Secret { get; set; }

    /// <summary>Space-separated scopes.</summary>
    public string? Scopes { get; set; }

    public string? DisplayName { get; set; }

    /// <summary>The workshops partner the client acts for, if any.</summary>
    public Guid? PartnerId { get; set; }
}
