using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace PlanetTechCare.Identity.Services;

/// <summary>
/// Every token answer says which scopes the access token holds (RFC 6749 §5.1 <c>scope</c>).
/// OpenIddict adds it only when the granted scopes differ from those asked for, so a client that
/// got exactly what it asked for could not read them from the answer, as partners are told they can.
/// </summary>
public sealed class AttachGrantedScopes : IOpenIddictServerHandler<ProcessSignInContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessSignInContext>()
            .UseSingletonHandler<AttachGrantedScopes>()
            .SetOrder(OpenIddictServerHandlers.AttachSignInParameters.Descriptor.Order + 1)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ProcessSignInContext context)
    {
        if (context.EndpointType is OpenIddictServerEndpointType.Token
            && !string.IsNullOrEmpty(context.Response.AccessToken)
            && context.AccessTokenPrincipal?.GetScopes() is { Length: > 0 } scopes)
        {
            context.Response.Scope = string.Join(' ', scopes);
        }

        return default;
    }
}
