using MassTransit;

namespace PlanetTechCare.Notifications.Tests.Support;

/// <summary>
/// The notifications service with its servers and a real SMTP server of the test's own
/// (<see cref="TestSmtpServer"/>); short retry delays; a small bus publishing the events the service consumes.
/// </summary>
public sealed class NotificationsFixture() : ServiceFixture<Projects.Notifications>("notifications", "notificationsdb")
{
    public const string PublicBaseUrl = "https://gateway.example";

    private IBusControl? _bus;

    public TestSmtpServer Smtp { get; } = new();

    public IBus Bus => _bus ?? throw new InvalidOperationException("The bus is not started.");

    protected override IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["ConnectionStrings__smtp"] = $"smtp://127.0.0.1:{Smtp.Port}",
        ["Notifications__PublicBaseUrl"] = PublicBaseUrl,
        ["Notifications__RetryMinDelay"] = "00:00:00.300",
        ["Notifications__RetryMaxDelay"] = "00:00:00.600",
        ["Notifications__PollingInterval"] = "00:00:00.200",
        ["Notifications__SmtpTimeout"] = "00:00:05",
        ["Notifications__Lease"] = "00:01:30",
    };

    protected override async Task WhenStartedAsync()
    {
        App.KeepLogs();
        Smtp.Start();
        _bus = await TestBus.StartAsync(App);
    }

    protected override async Task WhenStoppingAsync()
    {
        if (_bus is not null)
        {
            await _bus.StopAsync();
        }

        await Smtp.DisposeAsync();
    }
}
