using Microsoft.Extensions.Primitives;
using Microsoft.Extensions.ServiceDiscovery;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.ServiceDiscovery;

namespace PlanetTechCare.Gateway.ServiceDiscovery;

/// <summary>
/// Expands each configured destination (<c>http://signatories</c>) into one destination per
/// endpoint that service discovery knows for that name, and reloads when those change.
/// </summary>
public sealed class ServiceDiscoveryDestinationResolver(ServiceEndpointResolver resolver) : IDestinationResolver
{
    public async ValueTask<ResolvedDestinationCollection> ResolveDestinationsAsync(
        IReadOnlyDictionary<string, DestinationConfig> destinations, CancellationToken cancellationToken)
    {
        var resolved = new Dictionary<string, DestinationConfig>();
        var changeTokens = new List<IChangeToken>();
        foreach (var (destinationId, destination) in destinations)
        {
            var configured = new Uri(destination.Address);
            var endpoints = await resolver.GetEndpointsAsync(configured.GetLeftPart(UriPartial.Authority), cancellationToken);
            changeTokens.Add(endpoints.ChangeToken);
            foreach (var endpoint in endpoints.Endpoints)
            {
                var address = ToUri(endpoint.ToString() ?? string.Empty, configured.Scheme);
                var target = new UriBuilder(configured) { Scheme = address.Scheme, Host = address.Host, Port = address.Port };
                resolved[$"{destinationId}[{address.Authority}]"] = destination with { Address = target.Uri.ToString() };
            }
        }

        return new ResolvedDestinationCollection(resolved, new CompositeChangeToken(changeTokens));
    }

    private static Uri ToUri(string endpoint, string defaultScheme) =>
        endpoint.Contains("://", StringComparison.Ordinal) ? new Uri(endpoint) : new Uri($"{defaultScheme}://{endpoint}");
}
