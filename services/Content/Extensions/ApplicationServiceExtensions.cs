using PlanetTechCare.Content.Consumers;
using PlanetTechCare.Content.Data;
using PlanetTechCare.Content.Demo;
using PlanetTechCare.Content.Rendering;
using PlanetTechCare.Content.Services;
using PlanetTechCare.Messaging;
using PlanetTechCare.Messaging.Data;

namespace PlanetTechCare.Content.Extensions;

public static class ApplicationServiceExtensions
{
    public const string DatabaseName = "contentdb";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<ReplayOptions>(builder.Configuration.GetSection(ReplayOptions.SectionName));
        builder.Services.AddSingleton<MarkdownRenderer>();
        builder.Services.AddScoped<VersionWriter>();
        builder.AddServiceDatabase<ContentDbContext>(DatabaseName);
        builder.AddMessaging<ContentDbContext>("content", bus => bus.AddConsumer<ReplayPublishedConsumer>());

        if (builder.Configuration.GetValue("DemoData:Enabled", false))
        {
            builder.Services.AddHostedService<DemoDataSeeder>();
        }

        return builder;
    }
}
