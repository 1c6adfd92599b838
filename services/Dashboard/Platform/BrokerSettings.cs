namespace PlanetTechCare.Dashboard.Platform;

/// <summary>
/// The broker as the AppHost describes it: <c>ConnectionStrings:messaging</c> (AMQP, with the
/// credentials) and its management endpoint, <c>services:messaging:management:0</c>.
/// </summary>
public sealed class BrokerSettings(IConfiguration configuration)
{
    public Uri? Amqp { get; } = configuration.GetConnectionString("messaging") is { Length: > 0 } amqp ? new Uri(amqp) : null;

    public Uri? Management { get; } = configuration["services:messaging:management:0"] is { Length: > 0 } management ? new Uri(management) : null;

    public (string User, string Password) Credentials
    {
        get
        {
            var userInfo = Uri.UnescapeDataString(Amqp?.UserInfo ?? "guest:guest").Split(':', 2);
            return (userInfo[0], userInfo.Length > 1 ? userInfo[1] : string.Empty);
        }
    }
}
