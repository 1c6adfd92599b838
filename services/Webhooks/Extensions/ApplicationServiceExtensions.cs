using PlanetTechCare.Messaging;
using PlanetTechCare.ServiceData;
using PlanetTechCare.Webhooks.Consumers;
using PlanetTechCare.Webhooks.Data;
using PlanetTechCare.Webhooks.Services;

namespace PlanetTechCare.Webhooks.Extensions;

public static class ApplicationServiceExtensions
{
    public const string DatabaseName = "webhooksdb";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        // Request bodies and [AsParameters] queries checked against their attributes (ServiceDefaults/Validation) before
        // the handler runs; generated at build time for this service's endpoints, so called here.
        builder.Services.AddValidation();
        builder.Services.Configure<WebhooksOptions>(builder.Configuration.GetSection(WebhooksOptions.SectionName));
        builder.Services.AddSingleton<TargetGuard>();
        builder.Services.AddSingleton<WebhookSender>();
        builder.Services.AddScoped<SubscriptionVerifier>();
        builder.Services.AddHostedService<DeliveryDispatcher>();

        builder.AddServiceDatabase<WebhooksDbContext>(DatabaseName);
        builder.AddMessaging<WebhooksDbContext>("webhooks", bus =>
        {
            bus.AddConsumer<WorkshopScheduledConsumer>();
            bus.AddConsumer<WorkshopUpdatedConsumer>();
            bus.AddConsumer<WorkshopCancelledConsumer>();
            bus.AddConsumer<WorkshopHeldConsumer>();
            bus.AddConsumer<ReplayPublishedConsumer>();
            bus.AddConsumer<RegistrationConfirmedConsumer>();
            bus.AddConsumer<RegistrationWaitlistedConsumer>();
            bus.AddConsumer<RegistrationPromotedConsumer>();
            bus.AddConsumer<RegistrationCancelledConsumer>();
            bus.AddConsumer<SignatoryApprovedConsumer>();
            bus.AddConsumer<ContentPublishedConsumer>();
        });
        return builder;
    }
}
