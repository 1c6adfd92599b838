using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace PlanetTechCare.ServiceDefaults;

/// <summary>
/// Puts the middleware every service needs first in the pipeline, so that Program.cs stays
/// short: forwarded headers, then problem details for exceptions and empty error responses, and
/// JSON bodies in UTF-8 only.
/// </summary>
internal sealed class ServiceDefaultsStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<Utf8JsonOnlyMiddleware>();
        next(app);
    };
}
