namespace PlanetTechCare.Identity.Extensions;

/// <summary>
/// <c>Identity:Bootstrap</c>: what the service creates at start when missing. Secrets come from the
/// environment (the AppHost or a deployment generates them), never from committed files.
/// </summary>
public sealed class BootstrapOptions
{
    public const string SectionName = "Identity:Bootstrap";

    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }

    public List<BootstrapClientOptions> Clients { get; set; } = [];

    public DashboardClientOptions Dashboard { get; set; } = new();
}
