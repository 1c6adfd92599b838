using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Net.Http.Headers;

namespace PlanetTechCare.ServiceDefaults.Apis;

/// <summary>
/// Caches the answers to anonymous API reads in the process (ASP.NET Core output caching: GET and
/// HEAD, status 200, no Authorization header, by host, path, query and Accept-Language). Every
/// successful write through the API, and every event a consumer applies, empties the cache; an
/// entry otherwise lives <c>Expiry</c> (2 s by default), which bounds how stale a replica can be
/// after a write taken by another replica. <c>Enabled=false</c> turns it off, so every read does
/// its work (the directory search benchmark does). The settings are the <c>PublicReadCache</c>
/// section, or the one given. Each answer says in <c>Cache-Status</c> (RFC 9211) whether this
/// cache gave it.
/// </summary>
public static class PublicReadCache
{
    public const string Tag = "public-reads";
    public const string StatusHeader = "Cache-Status";
    public static readonly TimeSpan DefaultExpiry = TimeSpan.FromSeconds(2);
    private static readonly object ForwardedKey = new();

    public static TBuilder AddPublicReadCache<TBuilder>(this TBuilder builder, IConfigurationSection? settings = null)
        where TBuilder : IHostApplicationBuilder
    {
        settings ??= builder.Configuration.GetSection("PublicReadCache");
        var enabled = settings.GetValue("Enabled", true);
        var expiry = settings.GetValue("Expiry", DefaultExpiry);
        builder.Services.AddOutputCache(options =>
        {
            if (enabled)
            {
                options.AddBasePolicy(policy => policy
                    .With(context => context.HttpContext.Request.Path.StartsWithSegments("/api"))
                    .SetVaryByHeader(HeaderNames.AcceptLanguage)
                    .Expire(expiry)
                    .Tag(Tag));
            }
        });
        return builder;
    }

    /// <summary>
    /// Serves cached reads, says in <c>Cache-Status</c> whether the cache answered, and empties
    /// the cache after each successful write.
    /// </summary>
    public static IApplicationBuilder UsePublicReadCache(this IApplicationBuilder app)
    {
        // The service's own name, as the AppHost names its resource: "PlanetTechCare.Gateway" → "gateway".
        var applicationName = app.ApplicationServices.GetRequiredService<IHostEnvironment>().ApplicationName;
        var cacheName = applicationName[(applicationName.LastIndexOf('.') + 1)..].ToLowerInvariant();
        return app
            .Use((context, next) =>
            {
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    // Registered before the cache's own callbacks, so it runs after them and has the last word.
                    context.Response.OnStarting(() =>
                    {
                        var status = context.Items.TryGetValue(ForwardedKey, out var forwarded) ? forwarded : "hit";
                        context.Response.Headers[StatusHeader] = $"{cacheName}; {status}";
                        return Task.CompletedTask;
                    });
                }

                return next(context);
            })
            .UseOutputCache()
            .Use(async (context, next) =>
            {
                var lookedUp = context.Features.Get<IOutputCacheFeature>()?.Context.AllowCacheLookup == true;
                context.Items[ForwardedKey] = lookedUp ? "fwd=miss" : "fwd=bypass";
                await next(context);
                if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
                    && !HttpMethods.IsOptions(context.Request.Method) && context.Response.StatusCode < 400)
                {
                    await EvictAsync(context.RequestServices, context.RequestAborted);
                }
            });
    }

    /// <summary>Empties the cache of this process (when it has one).</summary>
    public static ValueTask EvictAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetService<IOutputCacheStore>() is { } store ? store.EvictByTagAsync(Tag, cancellationToken) : ValueTask.CompletedTask;
}
