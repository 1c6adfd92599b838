using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Authorization;
using OpenIddict.Validation.AspNetCore;
using PlanetTechCare.Identity.Data;
using PlanetTechCare.Identity.Domain;
using PlanetTechCare.Identity.Services;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PlanetTechCare.Identity.Extensions;

public static class TokenServerExtensions
{
    public const string AdminPolicy = "admin";

    /// <summary>
    /// The OpenIddict server (client credentials, authorization code with PKCE, refresh tokens),
    /// its EF Core stores, and local validation of its own tokens for the management API.
    /// Access tokens are signed JWTs, not encrypted; the issuer follows the request.
    /// </summary>
    public static IHostApplicationBuilder AddTokenServer(this IHostApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(IdentityServiceOptions.SectionName).Get<IdentityServiceOptions>() ?? new();
        var allowHttp = builder.Environment.IsDevelopment() || settings.AllowHttp;

        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityServiceDbContext>())
            .AddServer(server =>
            {
                server.SetTokenEndpointUris("connect/token")
                    .SetAuthorizationEndpointUris("connect/authorize")
                    .SetEndSessionEndpointUris("connect/endsession")
                    .SetUserInfoEndpointUris("connect/userinfo")
                    .SetConfigurationEndpointUris(".well-known/openid-configuration")
                    .SetJsonWebKeySetEndpointUris(".well-known/jwks");

                server.AllowClientCredentialsFlow()
                    .AllowAuthorizationCodeFlow()
                    .RequireProofKeyForCodeExchange()
                    .AllowRefreshTokenFlow();

                server.RegisterScopes([Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Roles, Scopes.OfflineAccess, .. ApiScopes.All]);
                AddCredentials(server, settings);
                server.DisableAccessTokenEncryption();
                server.AddEventHandler(RejectUnpermittedScopes.Descriptor);
                server.AddEventHandler(AttachGrantedScopes.Descriptor);

                var aspNetCore = server.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough();
                if (allowHttp)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.EnableTokenEntryValidation();
                validation.UseAspNetCore();
            });

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AdminPolicy, policy => policy
                .AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser()
                .RequireAssertion(context => GrantedScopes.Has(context.User, ApiScopes.Admin)));
        return builder;
    }

    private static void AddCredentials(OpenIddictServerBuilder server, IdentityServiceOptions settings)
    {
        if (settings.SigningCertificatePath is { Length: > 0 } signing)
        {
            server.AddSigningCertificate(X509CertificateLoader.LoadPkcs12FromFile(signing, settings.SigningCertificatePassword));
        }
        else
        {
            server.AddDevelopmentSigningCertificate();
        }

        if (settings.EncryptionCertificatePath is { Length: > 0 } encryption)
        {
            server.AddEncryptionCertificate(X509CertificateLoader.LoadPkcs12FromFile(encryption, settings.EncryptionCertificatePassword));
        }
        else
        {
            server.AddDevelopmentEncryptionCertificate();
        }
    }
}
