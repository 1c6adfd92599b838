using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Server.AspNetCore;
using PlanetTechCare.Identity.Data;

namespace PlanetTechCare.Identity.Apis;

/// <summary><c>/connect/endsession</c>: signs the staff member out, then OpenIddict redirects to the client's registered post-logout URI.</summary>
public static class EndSessionEndpoint
{
    public static async Task<IResult> HandleAsync(SignInManager<StaffUser> signIn)
    {
        await signIn.SignOutAsync();
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
