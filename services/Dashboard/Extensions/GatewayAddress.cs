namespace PlanetTechCare.Dashboard.Extensions;

/// <summary>The gateway's address, from the reference the AppHost gives (<c>services__gateway__http__0</c>).</summary>
public static class GatewayAddress
{
    public static string Of(IConfiguration configuration) =>
        (configuration["services:gateway:http:0"] ?? configuration["Dashboard:GatewayUrl"]
            ?? throw new InvalidOperationException("The gateway's address is missing: reference the gateway (services:gateway:http:0)."))
        .TrimEnd('/');
}
