using PlanetTechCare.Gateway.Extensions;

namespace PlanetTechCare.Gateway.Security;

/// <summary>
/// Headers that keep browsers from misusing API answers: no MIME sniffing, no framing, no referrer,
/// and a content security policy that allows nothing to run (the reference page at /docs excepted,
/// which runs its own scripts and styles, and a page whose service gives its own policy starting
/// from nothing allowed, as the identity service's sign-in page does for its stylesheet).
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string ApiPolicyStart = "default-src 'none';";
    private const string ApiPolicy = ApiPolicyStart + " frame-ancestors 'none'";
    private const string ReferencePagePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var onReferencePage = context.Request.Path.StartsWithSegments(ApiReferenceExtensions.Path);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            if (onReferencePage || !headers.ContentSecurityPolicy.ToString().StartsWith(ApiPolicyStart, StringComparison.Ordinal))
            {
                headers.ContentSecurityPolicy = onReferencePage ? ReferencePagePolicy : ApiPolicy;
            }
            return Task.CompletedTask;
        });
        return next(context);
    }
}
