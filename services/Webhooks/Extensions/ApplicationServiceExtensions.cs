using PlanetTechCare.Messaging;
using PlanetTechCare.ServiceData;
using PlanetTechCare.Webhooks.Consumers;
using PlanetTechCare.Webhooks.Data;
using PlanetTechCare.Webhooks.Domain;
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
        builder.Services.AddOptions<WebhooksOptions>().BindConfiguration(WebhooksOptions.SectionName)
            .Validate(o => o.Lease > o.AttemptTimeout, "Webhooks:Lease must be longer than Webhooks:AttemptTimeout, or a delivery still being sent would be sent again.")
            .Validate(o => o.BatchSize > 0 && o.MaxConcurrentSends > 0 && o.MaxConcurrentSendsPerSubscription > 0,
                "Webhooks:BatchSize, MaxConcurrentSends and MaxConcurrentSendsPerSubscription must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton<TargetGuard>();
        builder.Services.AddSingleton<WebhookSender>();
        builder.Services.AddScoped<SubscriptionVerifier>();
        builder.Services.AddSingleton<DeliveryRecorder>();
        builder.Services.AddSingleton<DeliverySends>();
        builder.Services.AddSingleton<ForwardingQueue>();
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

        // The consumers' new deliveries wake the dispatcher as soon as they are committed.
        builder.Services.AddCommitSignal<WebhooksDbContext, Delivery>();
        return builder;
    }
}
