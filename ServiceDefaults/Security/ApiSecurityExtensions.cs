using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace PlanetTechCare.ServiceDefaults.Security;

/// <summary>
/// Access tokens from the identity service, validated where they are used: signature (keys from the
/// identity service's own discovery document), lifetime and audience. Each scope is an authorisation
/// policy of the same name.
/// </summary>
public static class ApiSecurityExtensions
{
    /// <summary>Where the identity service is: its service-discovery entry, or <c>Identity:Authority</c>.</summary>
    public static Uri? IdentityAddress(IConfiguration configuration) =>
        (configuration["services:identity:http:0"] ?? configuration["Identity:Authority"]) is { } address ? new Uri(address) : null;

    /// <param name="audiences">The resources a token must be meant for (any of them).</param>
    public static IHostApplicationBuilder AddApiSecurity(this IHostApplicationBuilder builder, params string[] audiences)
    {
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            if (IdentityAddress(builder.Configuration) is { } identity)
            {
                options.MetadataAddress = new Uri(identity, ".well-known/openid-configuration").ToString();
                options.RequireHttpsMetadata = identity.Scheme == Uri.UriSchemeHttps || !identity.IsLoopback;
            }
            else
            {
                // No identity service configured: no signing key, so every token is refused (public endpoints still answer).
                options.Configuration = new OpenIdConnectConfiguration();
            }

            options.MapInboundClaims = false;
            options.TokenValidationParameters.ValidAudiences = audiences;
            options.TokenValidationParameters.NameClaimType = "name";
            options.TokenValidationParameters.RoleClaimType = "role";
            // The issuer is the address the client used (the gateway's, or the identity service's
            // own); the signing keys come only from the identity service, so the signature proves it.
            options.TokenValidationParameters.ValidateIssuer = false;
        });

        var policies = builder.Services.AddAuthorizationBuilder();
        foreach (var scope in Scopes.All.Keys)
        {
            policies.AddPolicy(scope, policy => policy.RequireAuthenticatedUser().RequireAssertion(context => context.User.HasScope(scope)));
        }

        return builder;
    }

    /// <summary>
    /// Routing, then authentication and authorisation, where this is called: after the public read
    /// cache, so that a cached anonymous read skips them (left to itself, WebApplication puts them
    /// before every middleware of the app's own).
    /// </summary>
    public static IApplicationBuilder UseApiSecurity(this IApplicationBuilder app) =>
        app.UseRouting().UseAuthentication().UseAuthorization();

    /// <summary>
    /// Staff endpoints of a group: reads (GET, HEAD) need <paramref name="read"/>, every other method
    /// <paramref name="write"/>, unless an endpoint names its own scope.
    /// </summary>
    public static RouteGroupBuilder RequireScopes(this RouteGroupBuilder group, string read, string write)
    {
        ((IEndpointConventionBuilder)group).Finally(endpoint =>
        {
            if (endpoint.Metadata.OfType<IAuthorizeData>().Any())
            {
                return;
            }

            var methods = endpoint.Metadata.OfType<HttpMethodMetadata>().SelectMany(m => m.HttpMethods).ToList();
            var readsOnly = methods.Count > 0 && methods.All(m => HttpMethods.IsGet(m) || HttpMethods.IsHead(m));
            endpoint.Metadata.Add(new AuthorizeAttribute(readsOnly ? read : write));
        });
        return group;
    }

    /// <summary>Only callers whose token grants <paramref name="scope"/>.</summary>
    public static TBuilder RequireScope<TBuilder>(this TBuilder endpoints, string scope) where TBuilder : IEndpointConventionBuilder =>
        endpoints.RequireAuthorization(scope);
}
