using PlanetTechCare.Messaging;
using PlanetTechCare.Messaging.Data;
using PlanetTechCare.Signatories.Apis;
using PlanetTechCare.Signatories.Data;
using PlanetTechCare.Signatories.Seeding;

namespace PlanetTechCare.Signatories.Extensions;

public static class ApplicationServiceExtensions
{
    public const string DatabaseName = "signatoriesdb";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<SignatoriesDbContext>(DatabaseName);
        builder.AddMessaging<SignatoriesDbContext>("signatories");
        builder.Services.Configure<SignatoriesOptions>(builder.Configuration.GetSection(SignatoriesOptions.SectionName));
        if (builder.Configuration.GetValue("DemoData:Enabled", false))
        {
            builder.Services.AddHostedService<DemoDataSeeder>();
        }

        return builder;
    }
}
