using PlanetTechCare.Messaging;
using PlanetTechCare.Messaging.Data;
using PlanetTechCare.Workshops.Data;
using PlanetTechCare.Workshops.Seed;
using PlanetTechCare.Workshops.Services;

namespace PlanetTechCare.Workshops.Extensions;

public static class ApplicationServiceExtensions
{
    public const string DatabaseName = "workshopsdb";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<WorkshopsDbContext>(DatabaseName);
        builder.AddMessaging<WorkshopsDbContext>("workshops");
        builder.Services.AddScoped<RegistrationDesk>();
        builder.Services.AddSingleton<WorkshopGate>();

        if (builder.Configuration.GetValue("DemoData:Enabled", false))
        {
            builder.Services.AddHostedService<DemoDataSeeder>();
        }

        return builder;
    }
}
