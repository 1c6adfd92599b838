using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace PlanetTechCare.Identity.Services;

/// <summary>
/// Answers <c>invalid_scope</c> (RFC 6749 §5.2) when an authenticated client asks for a scope it
/// is not permitted, where OpenIddict's own check (which runs right after) answers <c>invalid_request</c>.
/// </summary>
public sealed class RejectUnpermittedScopes(IOpenIddictApplicationManager applications) : IOpenIddictServerHandler<ValidateTokenRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenRequestContext>()
            .UseScopedHandler<RejectUnpermittedScopes>()
            .SetOrder(OpenIddictServerHandlers.Exchange.ValidateScopePermissions.Descriptor.Order - 1)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ValidateTokenRequestContext context)
    {
        if (string.IsNullOrEmpty(context.ClientId) || !context.Request.IsClientCredentialsGrantType())
        {
            return;
        }

        var application = await applications.FindByClientIdAsync(context.ClientId);
        if (application is null)
        {
            return;
        }

        foreach (var scope in context.Request.GetScopes())
        {
            if (!await applications.HasPermissionAsync(application, Permissions.Prefixes.Scope + scope))
            {
                context.Reject(Errors.InvalidScope, $"The client is not allowed the scope '{scope}'.");
                return;
            }
        }
    }
}
