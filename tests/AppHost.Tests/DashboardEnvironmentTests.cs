namespace PlanetTechCare.AppHost.Tests;

public sealed class DashboardEnvironmentTests
{
    [Fact]
    public async Task Apphost_gives_the_dashboard_the_gateway_the_services_and_the_broker_with_its_management_api()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(["--Gateway:Port=0"]);
        await using var app = builder.Build();

        var environment = app.GetProjectEnvironment("dashboard");

        Assert.Equal(app.GetEndpoint("gateway").ToString().TrimEnd('/'), environment["services__gateway__http__0"]);
        foreach (var service in new[] { "identity", "signatories", "workshops", "directory", "content", "webhooks" })
        {
            Assert.Contains($"services__{service}__http__0", environment.Keys);
        }

        Assert.StartsWith("amqp://", environment["ConnectionStrings__messaging"], StringComparison.Ordinal);
        Assert.Matches(@"^http://127\.0\.0\.1:\d+$", environment["services__messaging__management__0"]);
    }

    [Fact]
    public async Task Apphost_registers_the_dashboard_at_the_identity_service_with_its_own_address()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(["--Gateway:Port=0"]);
        await using var app = builder.Build();

        var identity = app.GetProjectEnvironment("identity");

        var dashboard = app.GetEndpoint("dashboard");
        Assert.Equal(new Uri(dashboard, "/signin-oidc").ToString(), identity["Identity__Bootstrap__Dashboard__RedirectUri"]);
        Assert.Equal(new Uri(dashboard, "/signout-callback-oidc").ToString(), identity["Identity__Bootstrap__Dashboard__PostLogoutRedirectUri"]);
        Assert.Contains(builder.StartupNotes, note => note(app).StartsWith("Staff dashboard: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_setting_given_to_the_apphost_replaces_the_generated_admin_password()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            ["--Gateway:Port=0", "--Identity:Bootstrap:AdminPassword=chosen-for-this-run"]);
        await using var app = builder.Build();

        Assert.Equal("chosen-for-this-run", app.GetProjectEnvironment("identity")["Identity__Bootstrap__AdminPassword"]);
    }
}
