using PlanetTechCare.Messaging;
using PlanetTechCare.ServiceData;
using PlanetTechCare.ServiceData.Demo;
using PlanetTechCare.Workshops.Data;
using PlanetTechCare.Workshops.Demo;
using PlanetTechCare.Workshops.Services;

namespace PlanetTechCare.Workshops.Extensions;

public static class ApplicationServiceExtensions
{
    public const string DatabaseName = "workshopsdb";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        // Request bodies and [AsParameters] queries checked against their attributes (ServiceDefaults/Validation) before
        // the handler runs; generated at build time for this service's endpoints, so called here.
        builder.Services.AddValidation();
        builder.AddServiceDatabase<WorkshopsDbContext>(DatabaseName);
        builder.AddMessaging<WorkshopsDbContext>("workshops");
        builder.Services.AddScoped<RegistrationDesk>();
        builder.Services.AddSingleton<WorkshopGate>();
        builder.Services.AddSingleton<RegistrationQueue>();

        builder.AddDemoData<WorkshopsDemoSeeder, WorkshopsDbContext>();

        return builder;
    }
}
