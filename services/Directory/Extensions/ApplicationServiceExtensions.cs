using PlanetTechCare.Directory.Consumers;
using PlanetTechCare.Directory.Data;
using PlanetTechCare.Directory.Demo;
using PlanetTechCare.Messaging;
using PlanetTechCare.ServiceData;
using PlanetTechCare.ServiceData.Demo;

namespace PlanetTechCare.Directory.Extensions;

public static class ApplicationServiceExtensions
{
    public const string DatabaseName = "directorydb";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        // Request bodies and [AsParameters] queries checked against their attributes (ServiceDefaults/Validation) before
        // the handler runs; generated at build time for this service's endpoints, so called here.
        builder.Services.AddValidation();
        builder.AddServiceDatabase<DirectoryDbContext>(DatabaseName);
        builder.AddMessaging<DirectoryDbContext>("directory", bus =>
        {
            bus.AddConsumer<SignatoryApprovedConsumer>();
            bus.AddConsumer<SignatoryProfileUpdatedConsumer>();
            bus.AddConsumer<SignatoryWithdrawnConsumer>();
            bus.AddConsumer<SignatorySuspendedConsumer>();
            bus.AddConsumer<SignatoryReinstatedConsumer>();
        });
        builder.AddDemoData<DirectoryDemoSeeder, DirectoryDbContext>();
        return builder;
    }
}
