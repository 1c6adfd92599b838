namespace PlanetTechCare.Directory.Demo;

/// <summary>
/// <c>DemoData:Enabled</c>: the AppHost turns it on for development (off in tests). Listings still
/// come the event way (from the signatories service's demo approvals); the directory only adds the
/// details staff would have entered, and publishes most of them.
/// </summary>
public sealed class DemoDataOptions
{
    public const string SectionName = "DemoData";

    public bool Enabled { get; set; }
}
