using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Localization;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using PlanetTechCare.Dashboard.Api;
using PlanetTechCare.ServiceDefaults.Security;

namespace PlanetTechCare.Dashboard.Extensions;

/// <summary>
/// Staff sign in at the identity service, through the gateway, with the authorization code flow
/// and PKCE (public client <c>dashboard</c>). The access token is kept in the sign-in cookie and
/// sent with every API call; once it expires the next page load signs in again.
/// </summary>
public static class StaffSignInExtensions
{
    public const string ClientId = "dashboard";
    private const string SignOutPath = "/signout";

    public static IHostApplicationBuilder AddStaffSignIn(this IHostApplicationBuilder builder)
    {
        var authority = GatewayAddress.Of(builder.Configuration);
        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(options =>
            {
                options.Cookie.Name = "ptc-dashboard";
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Events.OnValidatePrincipal = RejectExpiredToken;
            })
            .AddOpenIdConnect(options =>
            {
                options.Authority = authority;
                options.RequireHttpsMetadata = false;
                options.ClientId = ClientId;
                options.ResponseType = OpenIdConnectResponseType.Code;
                options.ResponseMode = OpenIdConnectResponseMode.Query;
                options.UsePkce = true;
                options.MapInboundClaims = false;
                options.GetClaimsFromUserInfoEndpoint = true;
                options.TokenValidationParameters.NameClaimType = "name";
                options.TokenValidationParameters.RoleClaimType = "role";
                options.Scope.Add("email");
                options.Scope.Add("roles");
                foreach (var scope in Scopes.All.Keys)
                {
                    options.Scope.Add(scope);
                }

                options.CorrelationCookie.SameSite = SameSiteMode.Lax;
                options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.NonceCookie.SameSite = SameSiteMode.Lax;
                options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.Events.OnTokenValidated = KeepAccessToken;
                options.Events.OnRedirectToIdentityProvider = AskForChosenLanguage;
            });
        builder.Services.AddAuthorization();
        return builder;
    }

    public static WebApplication UseStaffPipeline(this WebApplication app)
    {
        app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapStaffSignIn(this WebApplication app)
    {
        app.MapGet(SignOutPath, () => TypedResults.SignOut(
            new AuthenticationProperties { RedirectUri = "/" },
            [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]));
        return app;
    }

    /// <summary>A staff member who chose the interface's language gets the sign-in page in it too (<c>ui_locales</c>).</summary>
    private static Task AskForChosenLanguage(RedirectContext context)
    {
        if (context.Request.Cookies.ContainsKey(CookieRequestCultureProvider.DefaultCookieName))
        {
            context.ProtocolMessage.UiLocales = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        }

        return Task.CompletedTask;
    }

    private static Task KeepAccessToken(TokenValidatedContext context)
    {
        if (context.Principal?.Identity is ClaimsIdentity identity && context.TokenEndpointResponse is { AccessToken: { } token } response)
        {
            identity.AddClaim(new Claim(AccessTokenSource.AccessTokenClaim, token));
            var lifetime = int.TryParse(response.ExpiresIn, out var seconds) ? seconds : 3600;
            identity.AddClaim(new Claim(AccessTokenSource.ExpiresAtClaim,
                DateTimeOffset.UtcNow.AddSeconds(lifetime).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return Task.CompletedTask;
    }

    private static Task RejectExpiredToken(CookieValidatePrincipalContext context)
    {
        if (AccessTokenSource.IsExpired(context.Principal))
        {
            context.RejectPrincipal();
        }

        return Task.CompletedTask;
    }
}
