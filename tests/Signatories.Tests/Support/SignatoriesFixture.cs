using Npgsql;
namespace PlanetTechCare.Signatories.Tests.Support;

/// <summary>The signatories service with its servers (demo data off), with a tap on the events it publishes.</summary>
public class SignatoriesFixture() : ServiceFixture<Projects.Signatories>("signatories", "signatoriesdb")
{
    public EventTap Events { get; private set; } = null!;

    public string DatabaseConnectionString { get; private set; } = string.Empty;

    protected override IReadOnlyDictionary<string, string> Environment =>
        new Dictionary<string, string> { ["DemoData__Enabled"] = "false" };

    /// <summary>Runs a scalar query on the service's own database (to check what was, or was not, stored).</summary>
    public async Task<long> CountAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    protected override async Task WhenStartedAsync()
    {
        DatabaseConnectionString = await ConnectionStringAsync("signatoriesdb");
        Events = await EventTap.StartAsync(await ConnectionStringAsync("messaging"));
    }

    protected override async Task WhenStoppingAsync()
    {
        if (Events is not null)
        {
            await Events.DisposeAsync();
        }
    }
}
