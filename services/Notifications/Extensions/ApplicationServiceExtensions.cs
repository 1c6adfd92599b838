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
            .Validate(o => o.Lease > o.SlowestBatch,
                "Notifications:Lease must be longer than Notifications:SmtpTimeout times (BatchSize + 1), or a message still being sent could be sent again.")
            .Validate(o => o.PublicBaseUrl is { IsAbsoluteUri: true }, "Notifications:PublicBaseUrl is required: the links of the e-mails lead there (the gateway's public address).")
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
