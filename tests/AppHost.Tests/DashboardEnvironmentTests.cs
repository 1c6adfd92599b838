namespace PlanetTechCare.AppHost.Tests;

/// <summary>What the AppHost's app model gives the staff dashboard and the identity service, read without starting it.</summary>
public sealed class DashboardEnvironmentTests
{
    [Fact]
    public async Task Apphost_gives_the_dashboard_the_gateway_the_services_and_the_broker_with_its_management_api()
    {
        var environment = await PublishedEnvironmentAsync("dashboard");

        Assert.Equal("{gateway.bindings.http.url}", environment["services__gateway__http__0"]);
        foreach (var service in new[] { "identity", "signatories", "workshops", "directory", "content", "webhooks" })
        {
            Assert.Equal($"{{{service}.bindings.http.url}}", environment[$"services__{service}__http__0"]);
        }

        Assert.Equal("{messaging.connectionString}", environment["ConnectionStrings__messaging"]);
        Assert.Equal("{messaging.bindings.management.url}", environment["services__messaging__management__0"]);
    }

    [Fact]
    public async Task Apphost_registers_the_dashboard_at_the_identity_service_with_its_own_address()
    {
        var environment = await PublishedEnvironmentAsync("identity");

        Assert.Equal("{dashboard.bindings.http.url}/signin-oidc", environment["Identity__Bootstrap__Dashboard__RedirectUri"]);
        Assert.Equal("{dashboard.bindings.http.url}/signout-callback-oidc", environment["Identity__Bootstrap__Dashboard__PostLogoutRedirectUri"]);
    }

    [Fact]
    public async Task A_setting_given_to_the_apphost_replaces_the_generated_admin_password()
    {
        var environment = await PublishedEnvironmentAsync("identity", "--Identity:Bootstrap:AdminPassword=chosen-for-this-run");

        Assert.Equal("chosen-for-this-run", environment["Identity__Bootstrap__AdminPassword"]);
    }

    [Fact]
    public async Task The_staff_dashboard_links_to_the_aspire_dashboard_and_the_services_send_it_telemetry_when_the_run_has_one()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("ptc-aspire-link-").FullName;
        var withDashboard = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            ["--Gateway:Port=0", $"--AppHost:DataDirectory={dataDirectory}", "--ASPNETCORE_URLS=http://127.0.0.1:18999"],
            (options, _) => options.DisableDashboard = false);
        var withoutDashboard = await TestApps.PlatformAsync("--Gateway:Port=0");

        var exporting = ExportingTelemetry(withDashboard);
        var silent = ExportingTelemetry(withoutDashboard);
        var linked = await PublishedEnvironment.OfAsync(withDashboard, "dashboard");
        var unlinked = await PublishedEnvironment.OfAsync(withoutDashboard, "dashboard");

        Assert.Equal("http://127.0.0.1:18999", linked["AspireDashboard__Url"]);
        Assert.DoesNotContain("AspireDashboard__Url", unlinked.Keys);
        Assert.Equal(["content", "dashboard", "directory", "gateway", "identity", "notifications", "signatories", "webhooks", "workshops"], exporting);
        Assert.Empty(silent);
        Directory.Delete(dataDirectory, recursive: true);
    }

    /// <summary>The projects Aspire will give an OTLP endpoint when they start.</summary>
    private static List<string> ExportingTelemetry(IDistributedApplicationTestingBuilder builder) =>
        builder.Resources.OfType<ProjectResource>().Where(project => project.Annotations.OfType<OtlpExporterAnnotation>().Any())
            .Select(project => project.Name).Order().ToList();

    private static async Task<Dictionary<string, string>> PublishedEnvironmentAsync(string project, params string[] args)
    {
        var builder = await TestApps.PlatformAsync(["--Gateway:Port=0", .. args]);
        return await PublishedEnvironment.OfAsync(builder, project);
    }
}
