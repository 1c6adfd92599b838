using PlanetTechCare.AppHost.Hosting;

namespace PlanetTechCare.AppHost.Launchers;

/// <summary>
/// The configuration a project replica receives, exactly Aspire's contract: connection strings,
/// service endpoints, OpenTelemetry identity and its own URL.
/// </summary>
internal static class ProjectEnvironment
{
    public static IReadOnlyDictionary<string, string> For(
        ProjectRuntime project, ProjectReplica replica, IReadOnlyDictionary<string, ResourceRuntime> runtimes, IConfiguration appHostConfiguration,
        Func<GeneratedSecret, string> resolveSecret)
    {
        var environment = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (System.Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") is null
            && System.Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") is null)
        {
            environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        }

        if (appHostConfiguration["OTEL_EXPORTER_OTLP_ENDPOINT"] is { Length: > 0 } otlpEndpoint)
        {
            environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlpEndpoint;
        }

        environment["OTEL_SERVICE_NAME"] = project.Name;
        environment["OTEL_RESOURCE_ATTRIBUTES"] = $"service.instance.id={replica.InstanceId}";
        environment["ASPNETCORE_URLS"] = replica.Endpoint.ToString().TrimEnd('/');
        foreach (var reference in project.Resource.References)
        {
            AddReference(environment, runtimes[reference.Name]);
        }

        foreach (var (key, value) in project.Resource.Environment)
        {
            environment[key] = value;
        }

        foreach (var (key, (resource, format)) in project.Resource.EndpointEnvironment)
        {
            environment[key] = format(((ProjectRuntime)runtimes[resource.Name]).Replicas[0].Endpoint);
        }

        foreach (var (key, secret) in project.Resource.SecretEnvironment)
        {
            environment[key] = resolveSecret(secret);
        }

        return environment;
    }

    private static void AddReference(IDictionary<string, string> environment, ResourceRuntime referenced)
    {
        switch (referenced)
        {
            case IConnectionStringSource source:
                environment[$"ConnectionStrings__{source.Name}"] = source.ConnectionString;
                if (source is RabbitMQRuntime { ManagementEndpoint: { } management })
                {
                    environment[$"services__{source.Name}__management__0"] = management.ToString().TrimEnd('/');
                }

                break;
            case ProjectRuntime service:
                foreach (var replica in service.Replicas)
                {
                    environment[$"services__{service.Name}__http__{replica.Index}"] = replica.Endpoint.ToString().TrimEnd('/');
                }

                break;
            default:
                throw new InvalidOperationException($"'{referenced.Name}' cannot be referenced by a project.");
        }
    }
}
