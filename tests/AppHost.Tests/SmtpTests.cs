using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;

namespace PlanetTechCare.AppHost.Tests;

/// <summary>The SMTP server of the app model: smtp4dev from the repository's tool package, or the one a connection string gives.</summary>
public sealed class SmtpTests
{
    [Fact]
    public async Task Smtp4dev_runs_from_its_tool_package_greets_on_its_smtp_port_and_answers_its_api_with_its_database_in_its_folder()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("ptc-smtp4dev-").FullName;
        var builder = TestApps.Empty($"--AppHost:DataDirectory={dataDirectory}");
        builder.AddLocalSmtp4dev("smtp");
        await using var app = builder.Build();

        await app.StartHealthyAsync();

        var smtp4dev = app.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<LocalSmtp4devResource>().Single();
        Assert.EndsWith("/tools/net10.0/linux-x64/Rnwood.Smtp4dev", smtp4dev.Command, StringComparison.Ordinal);
        var connectionString = new Uri((await app.GetConnectionStringAsync("smtp"))!);
        Assert.Equal("smtp", connectionString.Scheme);
        Assert.Equal("127.0.0.1", connectionString.Host);
        using (var client = new TcpClient())
        {
            await client.ConnectAsync(IPAddress.Loopback, connectionString.Port);
            var greeting = new byte[256];
            var read = await client.GetStream().ReadAsync(greeting);
            Assert.StartsWith("220 ", Encoding.ASCII.GetString(greeting, 0, read), StringComparison.Ordinal);
        }

        using var web = app.CreateHttpClient("smtp", "http");
        var messages = await web.GetStringAsync("/api/messages");
        Assert.Contains("\"results\":[]", messages, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dataDirectory, "smtp", "smtp4dev.db")));
        await app.StopAsync();
        Directory.Delete(dataDirectory, recursive: true);
    }

    [Fact]
    public async Task A_given_smtp_connection_string_means_no_smtp4dev_is_started()
    {
        using var server = new TcpListener(IPAddress.Loopback, 0);
        server.Start();
        var given = $"smtp://mailer:secret@127.0.0.1:{((IPEndPoint)server.LocalEndpoint).Port}";
        var builder = TestApps.Empty($"--ConnectionStrings:smtp={given}");
        builder.AddLocalSmtp4dev("smtp");
        await using var app = builder.Build();

        await app.StartHealthyAsync();

        Assert.DoesNotContain(app.Services.GetRequiredService<DistributedApplicationModel>().Resources, resource => resource is ExecutableResource);
        Assert.Equal(given, await app.GetConnectionStringAsync("smtp"));
    }

    [Fact]
    public async Task Apphost_gives_the_notifications_service_the_smtp_server_and_the_gateway_address_for_its_links()
    {
        var builder = await TestApps.PlatformAsync("--Gateway:Port=0");

        var environment = await PublishedEnvironment.OfAsync(builder, "notifications");

        Assert.Equal("{smtp.connectionString}", environment["ConnectionStrings__smtp"]);
        Assert.Equal("{gateway.bindings.http.url}", environment["Notifications__PublicBaseUrl"]);
        Assert.Equal("{notificationsdb.connectionString}", environment["ConnectionStrings__notificationsdb"]);
    }
}
