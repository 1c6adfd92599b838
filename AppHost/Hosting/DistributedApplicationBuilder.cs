using PlanetTechCare.AppHost.Processes;

namespace PlanetTechCare.AppHost.Hosting;

/// <summary>Declares the app model (as Aspire's builder does), then <see cref="Build"/>s the runnable application.</summary>
public sealed class DistributedApplicationBuilder
{
    private readonly List<IResource> resources = [];
    private readonly List<Func<DistributedApplication, string>> startupNotes = [];

    internal DistributedApplicationBuilder(string[] args)
    {
        var environmentName = System.Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
            ?? System.Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
            ?? "Development";
        Configuration = new ConfigurationManager();
        Configuration
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environmentName}.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args);
        DataDirectory = Configuration["AppHost:DataDirectory"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(RepositoryRoot.TryFind() ?? System.IO.Directory.GetCurrentDirectory(), ".data");
    }

    public ConfigurationManager Configuration { get; }

    /// <summary>Where servers keep their data, credentials and logs (default <c>&lt;repo&gt;/.data</c>, git-ignored).</summary>
    public string DataDirectory { get; set; }

    public DistributedApplicationOptions Options { get; } = new();

    public IReadOnlyList<IResource> Resources => resources;

    /// <summary>Lines printed under the resource table once everything has started.</summary>
    public IReadOnlyList<Func<DistributedApplication, string>> StartupNotes => startupNotes;

    /// <summary>Set by the testing builder: a temporary data folder deleted when the app is disposed.</summary>
    internal string? TemporaryDataDirectory { get; set; }

    public IResourceBuilder<PostgresServerResource> AddPostgres(string name) => AddResource(new PostgresServerResource(name));

    public IResourceBuilder<RabbitMQServerResource> AddRabbitMQ(string name) => AddResource(new RabbitMQServerResource(name));

    /// <param name="projectPath">The .csproj path relative to the repository root, e.g. <c>gateway/Gateway.csproj</c>.</param>
    public IResourceBuilder<ProjectResource> AddProject(string name, string projectPath) =>
        AddResource(new ProjectResource(name, projectPath));

    /// <summary>A credential generated on first use and kept in <c>&lt;DataDirectory&gt;/secrets/&lt;name&gt;</c> (mode 0600).</summary>
    public GeneratedSecret AddGeneratedSecret(string name, int length = 24)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 16);
        return new GeneratedSecret(name, length);
    }

    /// <summary>Prints a line under the resource table once everything has started (e.g. a development sign-in).</summary>
    public DistributedApplicationBuilder AddStartupNote(Func<DistributedApplication, string> note)
    {
        startupNotes.Add(note);
        return this;
    }

    public IResourceBuilder<T> AddResource<T>(T resource)
        where T : IResource
    {
        if (resources.Any(existing => string.Equals(existing.Name, resource.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new InvalidOperationException($"A resource named '{resource.Name}' is already declared.");
        }

        resources.Add(resource);
        return new ResourceBuilder<T>(resource, this);
    }

    public DistributedApplication Build()
    {
        BuildInterception.OnBuild(this);
        return new DistributedApplication(this);
    }
}
