using PlanetTechCare.Content.Data;
using PlanetTechCare.Messaging;
using PlanetTechCare.Messaging.Data;

namespace PlanetTechCare.Content.Extensions;

public static class ApplicationServiceExtensions
{
    public const string DatabaseName = "contentdb";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ContentDbContext>(DatabaseName);
        builder.AddMessaging<ContentDbContext>("content");
        return builder;
    }
}
