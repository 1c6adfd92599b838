namespace PlanetTechCare.AppHost.Tests;

public sealed class DataFolderLockTests
{
    [Fact]
    public async Task A_second_apphost_on_the_same_data_folder_is_refused_until_the_first_is_disposed()
    {
        var first = DistributedApplicationTestingBuilder.Create();
        var dataDirectory = Directory.CreateTempSubdirectory("ptc-lock-").FullName;
        first.DataDirectory = dataDirectory;
        var app = first.Build();

        var second = DistributedApplication.CreateBuilder([]);
        second.DataDirectory = dataDirectory;
        var refused = Assert.Throws<DistributedApplicationException>(() => second.Build());
        Assert.Contains("Another AppHost is already running", refused.Message, StringComparison.Ordinal);

        await app.DisposeAsync();
        await using var afterwards = second.Build();
        Directory.Delete(dataDirectory, recursive: true);
    }
}
