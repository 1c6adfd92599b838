using PlanetTechCare.Workshops.Data;
using PlanetTechCare.Messaging;
using PlanetTechCare.Messaging.Data;

namespace PlanetTechCare.Workshops.Extensions;

public static class ApplicationServiceExtensions
{
    public const string DatabaseName = "workshopsdb";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<WorkshopsDbContext>(DatabaseName);
        builder.AddMessaging<WorkshopsDbContext>("workshops");
        return builder;
    }
}
