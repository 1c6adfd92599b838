using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using PlanetTechCare.ServiceDefaults.Problems;

namespace PlanetTechCare.ServiceDefaults;

/// <summary>
/// Puts the middleware every service needs first in the pipeline, so that Program.cs stays
/// short: forwarded headers, then problem details for exceptions and empty error responses, JSON
/// bodies in UTF-8 only, and no control character in the path or the query.
/// </summary>
internal sealed class ServiceDefaultsStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<Utf8JsonOnlyMiddleware>();
        app.UseMiddleware<ControlCharactersInRequestTarget>();
        next(app);
    };
}
