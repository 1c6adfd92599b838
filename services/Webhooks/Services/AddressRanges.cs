using System.Net;

namespace PlanetTechCare.Webhooks.Services;

/// <summary>The address ranges a webhook must never reach.</summary>
public static class AddressRanges
{
    private static readonly (IPAddress Network, int PrefixLength)[] Forbidden =
    [
        (IPAddress.Parse("0.0.0.0"), 8),          // "this network", unspecified
        (IPAddress.Parse("10.0.0.0"), 8),         // RFC 1918
        (IPAddress.Parse("100.64.0.0"), 10),      // CGNAT
        (IPAddress.Parse("169.254.0.0"), 16),     // link-local, cloud metadata 169.254.169.254
        (IPAddress.Parse("172.16.0.0"), 12),      // RFC 1918
        (IPAddress.Parse("192.0.0.0"), 24),       // IETF protocol assignments
        (IPAddress.Parse("192.168.0.0"), 16),     // RFC 1918
        (IPAddress.Parse("198.18.0.0"), 15),      // benchmarking
        (IPAddress.Parse("224.0.0.0"), 4),        // multicast
        (IPAddress.Parse("240.0.0.0"), 4),        // reserved, broadcast
        (IPAddress.Parse("::"), 128),             // unspecified
        (IPAddress.Parse("fc00::"), 7),           // unique local (includes fd00:ec2::254, a metadata address)
        (IPAddress.Parse("fe80::"), 10),          // link-local
        (IPAddress.Parse("ff00::"), 8),           // multicast
        (IPAddress.Parse("64:ff9b::"), 96),       // NAT64 could reach any IPv4 address
    ];

    private static readonly (IPAddress Network, int PrefixLength)[] Loopback =
    [
        (IPAddress.Parse("127.0.0.0"), 8),
        (IPAddress.Parse("::1"), 128),
    ];

    public static bool IsForbidden(IPAddress address, bool allowLoopback)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return Forbidden.Any(range => Contains(range, address)) || (!allowLoopback && Loopback.Any(range => Contains(range, address)));
    }

    private static bool Contains((IPAddress Network, int PrefixLength) range, IPAddress address)
    {
        if (range.Network.AddressFamily != address.AddressFamily)
        {
            return false;
        }

        var network = range.Network.GetAddressBytes();
        var bytes = address.GetAddressBytes();
        var remaining = range.PrefixLength;
        for (var i = 0; i < bytes.Length && remaining > 0; i++, remaining -= 8)
        {
            var mask = remaining >= 8 ? 0xFF : (byte)(0xFF << (8 - remaining));
            if ((bytes[i] & mask) != (network[i] & mask))
            {
                return false;
            }
        }

        return true;
    }
}
