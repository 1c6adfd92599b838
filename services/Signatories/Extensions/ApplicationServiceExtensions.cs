using PlanetTechCare.Messaging;
using PlanetTechCare.ServiceData;
using PlanetTechCare.ServiceData.Demo;
using PlanetTechCare.Signatories.Apis;
using PlanetTechCare.Signatories.Data;
using PlanetTechCare.Signatories.Demo;

namespace PlanetTechCare.Signatories.Extensions;

public static class ApplicationServiceExtensions
{
    public const string DatabaseName = "signatoriesdb";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        // Request bodies and [AsParameters] queries checked against their attributes (ServiceDefaults/Validation) before
        // the handler runs; generated at build time for this service's endpoints, so called here.
        builder.Services.AddValidation();
        builder.AddServiceDatabase<SignatoriesDbContext>(DatabaseName);
        builder.AddMessaging<SignatoriesDbContext>("signatories");
        builder.Services.Configure<SignatoriesOptions>(builder.Configuration.GetSection(SignatoriesOptions.SectionName));
        builder.AddDemoData<SignatoriesDemoSeeder, SignatoriesDbContext>();

        return builder;
    }
}
