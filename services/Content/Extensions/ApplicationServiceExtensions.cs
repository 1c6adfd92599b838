using System.Text.Encodings.Web;
using System.Text.Unicode;
using PlanetTechCare.Content.Consumers;
using PlanetTechCare.Content.Data;
using PlanetTechCare.Content.Demo;
using PlanetTechCare.Content.Services;
using PlanetTechCare.Messaging;
using PlanetTechCare.ServiceData;
using PlanetTechCare.ServiceData.Demo;

namespace PlanetTechCare.Content.Extensions;

public static class ApplicationServiceExtensions
{
    public const string DatabaseName = "contentdb";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        // Request bodies and [AsParameters] queries checked against their attributes (ServiceDefaults/Validation) before
        // the handler runs; generated at build time for this service's endpoints, so called here.
        builder.Services.AddValidation();
        builder.Services.Configure<ReplayOptions>(builder.Configuration.GetSection(ReplayOptions.SectionName));
        builder.Services.AddSingleton<MarkdownRenderer>();

        // Titles and summaries are plain text: escape <, >, & and quotes in JSON (letters with accents stay readable),
        // so a client that pastes them into HTML still shows text.
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        builder.Services.AddScoped<VersionWriter>();
        builder.AddServiceDatabase<ContentDbContext>(DatabaseName);
        builder.AddMessaging<ContentDbContext>("content", bus => bus.AddConsumer<ReplayPublishedConsumer>());

        builder.AddDemoData<ContentDemoSeeder, ContentDbContext>();

        return builder;
    }
}
