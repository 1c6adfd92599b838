// The Planet Tech'Care app model: PostgreSQL, RabbitMQ and an SMTP server (smtp4dev) run as local
// processes (or are given by connection strings), then the services, the gateway and the staff dashboard.
using PlanetTechCare.AppHost;
using PlanetTechCare.AppHost.LocalServers;
using PlanetTechCare.AppHost.Supervision;

var builder = DistributedApplication.CreateBuilder(args);
var demoData = builder.Configuration["DemoData:Enabled"] ?? "true";

var postgres = builder.AddLocalPostgres("postgres").RestartsWhenCrashed();
var signatoriesDb = postgres.AddDatabase("signatoriesdb");
var workshopsDb = postgres.AddDatabase("workshopsdb");
var directoryDb = postgres.AddDatabase("directorydb");
var contentDb = postgres.AddDatabase("contentdb");
var identityDb = postgres.AddDatabase("identitydb");
var webhooksDb = postgres.AddDatabase("webhooksdb");
var notificationsDb = postgres.AddDatabase("notificationsdb");

// The management plug-in lets the staff dashboard show queue depths and the _error queues.
var messaging = builder.AddLocalRabbitMQ("messaging", managementPlugin: true).RestartsWhenCrashed();

// Every e-mail goes to this SMTP server: smtp4dev keeps them for the developer (a deployment gives ConnectionStrings__smtp).
var smtp = builder.AddLocalSmtp4dev("smtp").RestartsWhenCrashed();

// Every service validates access tokens with the identity service's keys, fetched at the first
// token it sees: so none waits for it to start. The staff admin account's password and the secret of an automation client allowed the
// management API are generated once per data folder and kept there.
const string adminEmail = "admin@planet-techcare.local";
const string automationClientId = "platform-automation";
var adminPassword = builder.AddGeneratedSecret("identity-admin-password");
var automationSecret = builder.AddGeneratedSecret("identity-automation-secret", length: 32);
var identity = builder.AddService<Projects.Identity>("identity")
    .WithReference(identityDb).WaitFor(identityDb)
    .WithEnvironment("Identity__AllowHttp", "true")
    .WithEnvironment("Identity__Bootstrap__AdminEmail", adminEmail)
    .WithEnvironment("Identity__Bootstrap__AdminPassword", adminPassword)
    .WithEnvironment("Identity__Bootstrap__Clients__0__ClientId", automationClientId)
    .WithEnvironment("Identity__Bootstrap__Clients__0__Secret", automationSecret)
    .WithEnvironment("Identity__Bootstrap__Clients__0__Scopes", "admin")
    .WithEnvironment("Identity__Bootstrap__Clients__0__DisplayName", "Local automation")
    .WithSettings(builder.Configuration.GetSection("Identity"));

// The webhooks service forwards events of the signatories, content and workshops services to
// external apps: it must have bound its queues before any of them publishes.
var webhooks = builder.AddService<Projects.Webhooks>("webhooks")
    .WithReference(webhooksDb).WaitFor(webhooksDb)
    .WithReference(identity)
    .WithReference(messaging).WaitFor(messaging)
    .WithSettings(builder.Configuration.GetSection("Webhooks"));

// The notifications service writes to applicants and attendees about the signatories' and the
// workshops' events: like the webhooks service, it must have bound its queues before they publish.
// Its links lead through the gateway (its address is set below).
var notifications = builder.AddService<Projects.Notifications>("notifications")
    .WithReference(notificationsDb).WaitFor(notificationsDb)
    .WithReference(identity)
    .WithReference(messaging).WaitFor(messaging)
    .WithReference(smtp).WaitFor(smtp)
    .WithSettings(builder.Configuration.GetSection("Notifications"));

var directory = builder.AddService<Projects.Directory>("directory")
    .WithReference(directoryDb).WaitFor(directoryDb)
    .WithReference(identity)
    .WithReference(messaging).WaitFor(messaging)
    .WithEnvironment("DemoData__Enabled", demoData);

// The directory consumes the signatories' events: it must have bound its queues before the
// signatories service publishes anything (its demo approvals included) on a new broker.
var signatories = builder.AddService<Projects.Signatories>("signatories")
    .WithReference(signatoriesDb).WaitFor(signatoriesDb)
    .WithReference(identity)
    .WithReference(messaging).WaitFor(messaging)
    .WaitFor(directory)
    .WaitFor(webhooks)
    .WaitFor(notifications)
    .WithEnvironment("DemoData__Enabled", demoData);

var content = builder.AddService<Projects.Content>("content")
    .WithReference(contentDb).WaitFor(contentDb)
    .WithReference(identity)
    .WithReference(messaging).WaitFor(messaging)
    .WaitFor(webhooks)
    .WithEnvironment("DemoData__Enabled", demoData)
    // The demo's replays go public at once, so that its library shows them; without demo data, staff review each first.
    .WithEnvironment("Content__PublishReplaysDirectly", builder.Configuration["Content:PublishReplaysDirectly"] ?? demoData);

// The content service turns the workshops' ReplayPublished events into library items: it must
// have bound its queue before the workshops service publishes anything.
var workshops = builder.AddService<Projects.Workshops>("workshops", replicas: 2)
    .WithReference(workshopsDb).WaitFor(workshopsDb)
    .WithReference(identity)
    .WithReference(messaging).WaitFor(messaging)
    .WaitFor(content)
    .WaitFor(webhooks)
    .WaitFor(notifications)
    .WithEnvironment("DemoData__Enabled", demoData);

var gatewayPort = builder.Configuration.GetValue("Gateway:Port", 8080);
var gateway = builder.AddService<Projects.Gateway>("gateway", port: gatewayPort)
    .WithSettings(builder.Configuration.GetSection("Gateway"))
    .WithReference(signatories).WaitFor(signatories)
    .WithReference(workshops).WaitFor(workshops)
    .WithReference(directory).WaitFor(directory)
    .WithReference(content).WaitFor(content)
    .WithReference(webhooks).WaitFor(webhooks)
    .WithReference(notifications).WaitFor(notifications)
    .WithReference(identity).WaitFor(identity);
notifications.WithEnvironment("Notifications__PublicBaseUrl", gateway.GetEndpoint("http"));

// The staff dashboard signs staff in at the identity service and calls every API through the
// gateway when a page asks, so it starts beside the gateway; it reads each service's health and the
// broker's queues directly. A run that asks for a free gateway port (tests) gets a free dashboard
// port too.
var dashboard = builder.AddService<Projects.Dashboard>("dashboard", port: builder.Configuration.GetValue("Dashboard:Port", gatewayPort == 0 ? 0 : 8081))
    .WithReference(gateway)
    .WithReference(identity)
    .WithReference(signatories)
    .WithReference(workshops)
    .WithReference(directory)
    .WithReference(content)
    .WithReference(webhooks)
    .WithReference(messaging)
    .WithManagementApiOf(messaging)
    .WithAspireDashboardLink();
var dashboardEndpoint = dashboard.GetEndpoint("http");
identity
    .WithEnvironment("Identity__Bootstrap__Dashboard__RedirectUri", ReferenceExpression.Create($"{dashboardEndpoint}/signin-oidc"))
    .WithEnvironment("Identity__Bootstrap__Dashboard__PostLogoutRedirectUri", ReferenceExpression.Create($"{dashboardEndpoint}/signout-callback-oidc"));

// Once the gateway is ready, every service is.
gateway.PrintsWhenReady(
[
    ReferenceExpression.Create($"Gateway: {gateway.GetEndpoint("http")}"),
    ReferenceExpression.Create($"Staff dashboard: {dashboardEndpoint}"),
    ReferenceExpression.Create($"Staff sign-in: {adminEmail} / {adminPassword}"),
    ReferenceExpression.Create($"Admin API client (scope admin): {automationClientId} / {automationSecret}"),
    .. smtp.MailboxNotes(),
]);

builder.Build().Run();
