using PlanetTechCare.AppHost.Tests.Fixtures;

namespace PlanetTechCare.AppHost.Tests;

public sealed class PostgresPasswordPersistenceTests : IDisposable
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("ptc-apphost-persist-").FullName;

    public void Dispose() => Directory.Delete(dataDirectory, recursive: true);

    [Fact]
    public async Task Password_and_data_persist_when_the_same_data_folder_is_started_again()
    {
        var firstPassword = await RunAsync(connectionString =>
            Postgres.ScalarAsync<int>(connectionString, "CREATE TABLE kept (id int); INSERT INTO kept VALUES (42); SELECT 1"));

        var secondPassword = await RunAsync(async connectionString =>
            Assert.Equal(42, await Postgres.ScalarAsync<int>(connectionString, "SELECT id FROM kept")));

        Assert.Equal(firstPassword, secondPassword);
        var secretFile = Path.Combine(dataDirectory, "secrets", "postgres-password");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(secretFile));
    }

    private async Task<string> RunAsync(Func<string, Task> use)
    {
        var builder = TestApps.Empty($"--AppHost:DataDirectory={dataDirectory}");
        builder.AddLocalPostgres("postgres").AddDatabase("keptdb");
        await using var app = builder.Build();
        await app.StartHealthyAsync();
        var connectionString = (await app.GetConnectionStringAsync("keptdb"))!;
        await use(connectionString);
        return new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Password!;
    }
}
