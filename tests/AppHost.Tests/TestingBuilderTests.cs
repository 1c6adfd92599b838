namespace PlanetTechCare.AppHost.Tests;

public sealed class TestingBuilderTests
{
    [Fact]
    public async Task Testing_builder_captures_the_apphost_model_without_running_it()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(["--Gateway:Port=0"]);

        Assert.Contains(builder.Resources, resource => resource is ProjectResource { Name: "gateway", HttpPort: null });
        Assert.Contains(builder.Resources, resource => resource is PostgresServerResource);
        Assert.Contains(builder.Resources, resource => resource is RabbitMQServerResource);
        Assert.StartsWith(Path.GetTempPath(), builder.DataDirectory, StringComparison.Ordinal);
        Assert.True(builder.Options.LogToFiles);
        await using var app = builder.Build();
    }

    [Fact]
    public async Task Temporary_data_folder_is_deleted_on_dispose()
    {
        var builder = DistributedApplicationTestingBuilder.Create();
        builder.AddPostgres("postgres");
        var app = builder.Build();
        Assert.True(Directory.Exists(app.DataDirectory));

        await app.DisposeAsync();

        Assert.False(Directory.Exists(app.DataDirectory));
    }
}
