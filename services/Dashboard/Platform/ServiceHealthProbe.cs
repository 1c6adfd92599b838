namespace PlanetTechCare.Dashboard.Platform;

/// <summary>Asks every referenced service replica (<c>services:&lt;name&gt;:http:&lt;i&gt;</c>) for its <c>/health</c>.</summary>
public sealed class ServiceHealthProbe(HttpClient http, IConfiguration configuration)
{
    public async Task<IReadOnlyList<ServiceHealth>> CheckAllAsync(CancellationToken cancellationToken)
    {
        var replicas = configuration.GetSection("services").GetChildren()
            .SelectMany(service => service.GetSection("http").GetChildren()
                .Where(endpoint => endpoint.Value is { Length: > 0 })
                .Select(endpoint => (Service: service.Key, Replica: int.TryParse(endpoint.Key, out var index) ? index : 0, Address: endpoint.Value!)))
            .OrderBy(replica => replica.Service, StringComparer.Ordinal).ThenBy(replica => replica.Replica)
            .ToList();
        return await Task.WhenAll(replicas.Select(replica => CheckAsync(replica.Service, replica.Replica, replica.Address, cancellationToken)));
    }

    private async Task<ServiceHealth> CheckAsync(string service, int replica, string address, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(new Uri(new Uri(address), "/health"), cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return new ServiceHealth(service, replica, address, body is { Length: > 0 and < 40 } ? body : response.StatusCode.ToString());
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
        {
            return new ServiceHealth(service, replica, address, "Unreachable");
        }
    }
}
