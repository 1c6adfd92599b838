using PlanetTechCare.Messaging;
using PlanetTechCare.Notifications.Consumers;
using PlanetTechCare.Notifications.Data;
using PlanetTechCare.Notifications.Domain;
using PlanetTechCare.Notifications.Services;
using PlanetTechCare.ServiceData;

namespace PlanetTechCare.Notifications.Extensions;

public static class ApplicationServiceExtensions
{
    public const string DatabaseName = "notificationsdb";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        // Request bodies and [AsParameters] queries checked against their attributes (ServiceDefaults/Validation) before
        // the handler runs; generated at build time for this service's endpoints, so called here.
        builder.Services.AddValidation();
        builder.Services.AddOptions<NotificationsOptions>().BindConfiguration(NotificationsOptions.SectionName)
            .Validate(o => o.RetryMinDelay > TimeSpan.Zero && o.RetryMaxDelay >= o.RetryMinDelay,
                "Notifications:RetryMinDelay must be positive and at most Notifications:RetryMaxDelay.")
            .Validate(o => o.MaxAttempts > 0 && o.BatchSize > 0, "Notifications:MaxAttempts and BatchSize must be positive.")
            .Validate(o => o.Lease > o.SmtpTimeout, "Notifications:Lease must be longer than Notifications:SmtpTimeout, or a message still being sent would be sent again.")
            .ValidateOnStart();
        builder.Services.AddSingleton<MailComposer>();
        builder.Services.AddScoped<Notices>();
        builder.Services.AddSingleton<SmtpMailer>();

        builder.AddServiceDatabase<NotificationsDbContext>(DatabaseName);
        builder.AddMessaging<NotificationsDbContext>("notifications", bus =>
        {
            bus.AddConsumer<SignatoryContactRecordedConsumer>();
            bus.AddConsumer<SignatoryAppliedConsumer>();
            bus.AddConsumer<SignatoryApprovedConsumer>();
            bus.AddConsumer<SignatoryRejectedConsumer>();
            bus.AddConsumer<RegistrationContactRecordedConsumer>();
            bus.AddConsumer<RegistrationConfirmedConsumer>();
            bus.AddConsumer<RegistrationWaitlistedConsumer>();
            bus.AddConsumer<RegistrationPromotedConsumer>();
            bus.AddConsumer<WorkshopScheduledConsumer>();
            bus.AddConsumer<WorkshopUpdatedConsumer>();
        });

        // The consumers' new messages wake the sender as soon as they are committed; it starts after the migrations.
        builder.Services.AddCommitSignal<NotificationsDbContext, Message>();
        builder.Services.AddHostedService<MessageSender>();
        return builder;
    }
}
