using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PlanetTechCare.ServiceDefaults.Security;

namespace PlanetTechCare.ServiceDefaults.Apis;

/// <summary>
/// Titles the document and declares the identity service's OAuth flows: client credentials for
/// partner applications, authorisation code with PKCE for staff. URLs are relative to the gateway.
/// </summary>
public sealed class SecuritySchemeTransformer(string service) : IOpenApiDocumentTransformer
{
    public const string SchemeName = "oauth2";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = $"Planet Tech'Care {service} API";
        document.Servers = [new OpenApiServer { Url = "/" }];
        var scopes = Scopes.All.ToDictionary(scope => scope.Key, scope => scope.Value.Description);
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.OAuth2,
            Description = "Access tokens from the identity service (/connect/token).",
            Flows = new OpenApiOAuthFlows
            {
                ClientCredentials = new OpenApiOAuthFlow { TokenUrl = new Uri("/connect/token", UriKind.Relative), Scopes = scopes },
                AuthorizationCode = new OpenApiOAuthFlow
                {
                    AuthorizationUrl = new Uri("/connect/authorize", UriKind.Relative),
                    TokenUrl = new Uri("/connect/token", UriKind.Relative),
                    Scopes = scopes,
                },
            },
        };
        return Task.CompletedTask;
    }
}
