using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PlanetTechCare.Messaging.Outbox;

namespace PlanetTechCare.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// MassTransit over the RabbitMQ broker named <c>messaging</c>: queues named
    /// <c>{endpointPrefix}-{consumer}</c> in kebab-case, in-process retries then the
    /// <c>_error</c> queue, publisher confirms, the outbox (its commit signal on
    /// <typeparamref name="TContext"/>, its listener for other replicas' commits and its dispatcher), and the public-read cache emptied after
    /// each event a consumer applies. Call after <c>AddServiceDatabase</c>.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging<TContext>(
        this IHostApplicationBuilder builder,
        string endpointPrefix,
        Action<IBusRegistrationConfigurator>? configureConsumers = null)
        where TContext : DbContext
    {
        builder.Services.Configure<MessagingOptions>(builder.Configuration.GetSection(MessagingOptions.SectionName));
        builder.Services.Configure<OutboxOptions>(builder.Configuration.GetSection(OutboxOptions.SectionName));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddCommitSignal<TContext, OutboxMessage>();
        builder.Services.TryAddSingleton<OutboxCommitInterceptor>();
        builder.Services.ConfigureDbContext<TContext>((services, options) =>
            options.AddInterceptors(services.GetRequiredService<OutboxCommitInterceptor>()));
        builder.Services.AddHostedService<OutboxDispatcher<TContext>>();
        builder.Services.AddHostedService<OutboxListener<TContext>>();

        builder.Services.AddMassTransit(bus =>
        {
            bus.DisableUsageTelemetry();
            bus.AddConsumeObserver<PublicReadEviction>();
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(endpointPrefix, includeNamespace: false));
            configureConsumers?.Invoke(bus);

            bus.UsingRabbitMq((context, rabbit) =>
            {
                var broker = BrokerAddress.Parse(RequiredConnectionString(context.GetRequiredService<IConfiguration>()));
                rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
                {
                    host.Username(broker.Username);
                    host.Password(broker.Password);
                    host.PublisherConfirmation = true;
                });

                var settings = context.GetRequiredService<IOptions<MessagingOptions>>().Value;
                if (settings.PrefetchCount is { } prefetch)
                {
                    rabbit.PrefetchCount = prefetch;
                }

                rabbit.UseMessageRetry(policy => policy.Exponential(
                    settings.RetryLimit, settings.RetryMinInterval, settings.RetryMaxInterval, settings.RetryMinInterval));
                rabbit.ConfigureEndpoints(context);
            });
        });

        return builder;
    }

    /// <summary>
    /// A <see cref="CommitSignal{TEntity}"/> notified whenever this process commits new
    /// <typeparamref name="TEntity"/> rows through <typeparamref name="TContext"/>.
    /// </summary>
    public static IServiceCollection AddCommitSignal<TContext, TEntity>(this IServiceCollection services)
        where TContext : DbContext
        where TEntity : class
    {
        services.TryAddSingleton<CommitSignal<TEntity>>();
        services.TryAddSingleton<CommitSignalInterceptor<TEntity>>();
        services.ConfigureDbContext<TContext>((provider, options) =>
            options.AddInterceptors(provider.GetRequiredService<CommitSignalInterceptor<TEntity>>()));
        return services;
    }

    private static string RequiredConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(BrokerAddress.ConnectionName)
        ?? throw new InvalidOperationException(
            $"The connection string 'ConnectionStrings:{BrokerAddress.ConnectionName}' is missing; the AppHost injects it.");
}
