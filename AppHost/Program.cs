// The Planet Tech'Care app model, in the shape of a .NET Aspire AppHost.
var builder = DistributedApplication.CreateBuilder(args);
var demoData = builder.Configuration["DemoData:Enabled"] ?? "true";

var postgres = builder.AddPostgres("postgres");
var signatoriesDb = postgres.AddDatabase("signatoriesdb");
var workshopsDb = postgres.AddDatabase("workshopsdb");
var directoryDb = postgres.AddDatabase("directorydb");
var contentDb = postgres.AddDatabase("contentdb");
var identityDb = postgres.AddDatabase("identitydb");
var webhooksDb = postgres.AddDatabase("webhooksdb");

// The management plug-in lets the staff dashboard show queue depths and the _error queues.
var messaging = builder.AddRabbitMQ("messaging").WithManagementPlugin();

// The identity service comes first: every other service validates access tokens with its keys.
// The staff admin account's password and the secret of an automation client allowed the
// management API are generated once per data folder and kept there.
const string adminEmail = "admin@planet-techcare.local";
const string automationClientId = "platform-automation";
var adminPassword = builder.AddGeneratedSecret("identity-admin-password");
var automationSecret = builder.AddGeneratedSecret("identity-automation-secret", length: 32);
var identity = builder.AddProject("identity", "services/Identity/Identity.csproj")
    .WithReference(identityDb).WaitFor(identityDb)
    .WithEnvironment("Identity__AllowHttp", "true")
    .WithEnvironment("Identity__Bootstrap__AdminEmail", adminEmail)
    .WithEnvironment("Identity__Bootstrap__AdminPassword", adminPassword)
    .WithEnvironment("Identity__Bootstrap__Clients__0__ClientId", automationClientId)
    .WithEnvironment("Identity__Bootstrap__Clients__0__Secret", automationSecret)
    .WithEnvironment("Identity__Bootstrap__Clients__0__Scopes", "admin")
    .WithEnvironment("Identity__Bootstrap__Clients__0__DisplayName", "Local automation")
    .WithSettings(builder.Configuration.GetSection("Identity"));
builder.AddStartupNote(app => $"Staff sign-in: {adminEmail} / {app.GetSecret(adminPassword)}");
builder.AddStartupNote(app => $"Admin API client (scope admin): {automationClientId} / {app.GetSecret(automationSecret)}");

// The webhooks service forwards events of the signatories, content and workshops services to
// external apps: it must have bound its queues before any of them publishes.
var webhooks = builder.AddProject("webhooks", "services/Webhooks/Webhooks.csproj")
    .WithReference(webhooksDb).WaitFor(webhooksDb)
    .WithReference(identity).WaitFor(identity)
    .WithReference(messaging).WaitFor(messaging)
    .WithSettings(builder.Configuration.GetSection("Webhooks"));

var directory = builder.AddProject("directory", "services/Directory/Directory.csproj")
    .WithReference(directoryDb).WaitFor(directoryDb)
    .WithReference(identity).WaitFor(identity)
    .WithReference(messaging).WaitFor(messaging)
    .WithEnvironment("DemoData__Enabled", demoData);

// The directory consumes the signatories' events: it must have bound its queues before the
// signatories service publishes anything (its demo approvals included) on a new broker.
var signatories = builder.AddProject("signatories", "services/Signatories/Signatories.csproj")
    .WithReference(signatoriesDb).WaitFor(signatoriesDb)
    .WithReference(identity).WaitFor(identity)
    .WithReference(messaging).WaitFor(messaging)
    .WaitFor(directory)
    .WaitFor(webhooks)
    .WithEnvironment("DemoData__Enabled", demoData);

var content = builder.AddProject("content", "services/Content/Content.csproj")
    .WithReference(contentDb).WaitFor(contentDb)
    .WithReference(identity).WaitFor(identity)
    .WithReference(messaging).WaitFor(messaging)
    .WaitFor(webhooks)
    .WithEnvironment("DemoData__Enabled", demoData);

// The content service turns the workshops' ReplayPublished events into library items: it must
// have bound its queue before the workshops service publishes anything.
var workshops = builder.AddProject("workshops", "services/Workshops/Workshops.csproj")
    .WithReference(workshopsDb).WaitFor(workshopsDb)
    .WithReference(identity).WaitFor(identity)
    .WithReference(messaging).WaitFor(messaging)
    .WaitFor(content)
    .WaitFor(webhooks)
    .WithEnvironment("DemoData__Enabled", demoData)
    .WithReplicas(2);

var gatewayPort = builder.Configuration.GetValue("Gateway:Port", 8080);
var gateway = builder.AddProject("gateway", "gateway/Gateway.csproj")
    .WithHttpEndpoint(port: gatewayPort)
    .WithSettings(builder.Configuration.GetSection("Gateway"))
    .WithReference(signatories).WaitFor(signatories)
    .WithReference(workshops).WaitFor(workshops)
    .WithReference(directory).WaitFor(directory)
    .WithReference(content).WaitFor(content)
    .WithReference(webhooks).WaitFor(webhooks)
    .WithReference(identity).WaitFor(identity);

// The staff dashboard signs staff in at the identity service and calls every API through the
// gateway; it reads each service's health and the broker's queues directly. A run that asks for a
// free gateway port (tests) gets a free dashboard port too.
var dashboard = builder.AddProject("dashboard", "services/Dashboard/Dashboard.csproj")
    .WithHttpEndpoint(port: builder.Configuration.GetValue("Dashboard:Port", gatewayPort == 0 ? 0 : 8081))
    .WithReference(gateway).WaitFor(gateway)
    .WithReference(identity)
    .WithReference(signatories)
    .WithReference(workshops)
    .WithReference(directory)
    .WithReference(content)
    .WithReference(webhooks)
    .WithReference(messaging);
identity
    .WithEnvironment("Identity__Bootstrap__Dashboard__RedirectUri", dashboard, endpoint => new Uri(endpoint, "/signin-oidc").ToString())
    .WithEnvironment("Identity__Bootstrap__Dashboard__PostLogoutRedirectUri", dashboard, endpoint => new Uri(endpoint, "/signout-callback-oidc").ToString());
builder.AddStartupNote(app => $"Staff dashboard: {app.GetEndpoint("dashboard")} (staff sign-in above)");

await builder.Build().RunAsync();
