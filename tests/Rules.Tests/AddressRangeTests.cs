using System.Net;
using PlanetTechCare.Webhooks.Services;

namespace PlanetTechCare.Rules.Tests;

public sealed class AddressRangeTests
{
    [Theory]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.10")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.251")]
    [InlineData("255.255.255.255")]
    [InlineData("::")]
    [InlineData("fd00:ec2::254")]
    [InlineData("fe80::1")]
    [InlineData("64:ff9b::a00:1")]
    [InlineData("::ffff:10.0.0.1")]
    public void Private_link_local_metadata_and_reserved_addresses_are_never_reached(string address) =>
        Assert.True(AddressRanges.IsForbidden(IPAddress.Parse(address), allowLoopback: true));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("172.15.255.255")]
    [InlineData("192.169.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2001:4860:4860::8888")]
    [InlineData("::ffff:8.8.8.8")]
    public void Public_addresses_are_reached(string address) =>
        Assert.False(AddressRanges.IsForbidden(IPAddress.Parse(address), allowLoopback: false));

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.255.0.1")]
    [InlineData("::1")]
    public void Loopback_is_reached_only_where_it_is_allowed(string address)
    {
        Assert.True(AddressRanges.IsForbidden(IPAddress.Parse(address), allowLoopback: false));
        Assert.False(AddressRanges.IsForbidden(IPAddress.Parse(address), allowLoopback: true));
    }
}
