using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Serialization;

namespace PlanetTechCare.Dashboard.Platform;

/// <summary>Reads the queues of the broker's default virtual host from its management API.</summary>
public sealed class BrokerManagementClient(HttpClient http, BrokerSettings broker)
{
    public bool IsAvailable => broker.Management is not null;

    public async Task<IReadOnlyList<QueueDepth>> ListQueuesAsync(CancellationToken cancellationToken)
    {
        if (broker.Management is not { } management)
        {
            return [];
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(management, "/api/queues/%2F?columns=name,messages_ready,messages_unacknowledged,consumers"));
        var (user, password) = broker.Credentials;
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var queues = await response.Content.ReadFromJsonAsync<List<ManagementQueue>>(cancellationToken) ?? [];
        return [.. queues.Select(q => new QueueDepth(q.Name, q.MessagesReady, q.MessagesUnacknowledged, q.Consumers)).OrderBy(q => q.Name, StringComparer.Ordinal)];
    }

    private sealed record ManagementQueue(
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("messages_ready")] long MessagesReady,
        [property: JsonPropertyName("messages_unacknowledged")] long MessagesUnacknowledged,
        [property: JsonPropertyName("consumers")] int Consumers);
}
