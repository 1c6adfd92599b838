using PlanetTechCare.Signatories.Data;
using PlanetTechCare.Messaging;
using PlanetTechCare.Messaging.Data;

namespace PlanetTechCare.Signatories.Extensions;

public static class ApplicationServiceExtensions
{
    public const string DatabaseName = "signatoriesdb";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<SignatoriesDbContext>(DatabaseName);
        builder.AddMessaging<SignatoriesDbContext>("signatories");
        return builder;
    }
}
