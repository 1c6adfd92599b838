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
/// HEAD, status 200, no Authorization header, by path, query and Accept-Language). Every
/// successful write through the API, and every event a consumer applies, empties the cache; an
/// entry otherwise lives <c>PublicReadCache:Expiry</c> (2 s by default), which bounds how stale a
/// replica can be after a write taken by another replica. <c>PublicReadCache:Enabled=false</c>
/// turns it off, so every read reaches the database (the directory search benchmark does).
/// </summary>
public static class PublicReadCache
{
    public const string Tag = "public-reads";
    public static readonly TimeSpan DefaultExpiry = TimeSpan.FromSeconds(2);

    public static TBuilder AddPublicReadCache<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var enabled = builder.Configuration.GetValue("PublicReadCache:Enabled", true);
        var expiry = builder.Configuration.GetValue("PublicReadCache:Expiry", DefaultExpiry);
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

    /// <summary>Serves cached reads, and empties the cache after each successful write.</summary>
    public static IApplicationBuilder UsePublicReadCache(this IApplicationBuilder app) =>
        app.UseOutputCache().Use(async (context, next) =>
        {
            await next(context);
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
                && !HttpMethods.IsOptions(context.Request.Method) && context.Response.StatusCode < 400)
            {
                await EvictAsync(context.RequestServices, context.RequestAborted);
            }
        });

    /// <summary>Empties the cache of this process (when it has one).</summary>
    public static ValueTask EvictAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetService<IOutputCacheStore>() is { } store ? store.EvictByTagAsync(Tag, cancellationToken) : ValueTask.CompletedTask;
}
