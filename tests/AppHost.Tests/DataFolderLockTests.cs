namespace PlanetTechCare.AppHost.Tests;

public sealed class DataFolderLockTests
{
    [Fact]
    public async Task A_second_apphost_on_the_same_data_folder_is_refused_until_the_first_has_stopped()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("ptc-lock-").FullName;
        await using var first = AppOn(dataDirectory);
        await first.StartAsync();

        await using var second = AppOn(dataDirectory);
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => second.StartAsync());
        Assert.Contains("Another AppHost is already running on the data folder", refused.ToString(), StringComparison.Ordinal);

        await first.StopAsync();
        await using var afterwards = AppOn(dataDirectory);
        await afterwards.StartAsync();
        await afterwards.StopAsync();
        Directory.Delete(dataDirectory, recursive: true);
    }

    private static DistributedApplication AppOn(string dataDirectory)
    {
        var builder = TestApps.Empty($"--AppHost:DataDirectory={dataDirectory}");
        builder.AddGeneratedSecret("lock-test-secret");
        return builder.Build();
    }
}
