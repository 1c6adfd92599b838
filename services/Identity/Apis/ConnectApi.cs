namespace PlanetTechCare.Identity.Apis;

/// <summary>
/// The OpenID Connect endpoints whose requests OpenIddict validates and then passes through to us
/// (token, authorize, end session, user info). Discovery and JWKS are served by OpenIddict itself.
/// </summary>
public static class ConnectApi
{
    public static IEndpointRouteBuilder MapConnectApi(this IEndpointRouteBuilder app)
    {
        var connect = app.MapGroup("/connect").WithTags("OpenID Connect").ExcludeFromDescription();
        connect.MapPost("/token", TokenEndpoint.HandleAsync).WithName("Token");
        connect.MapMethods("/authorize", [HttpMethods.Get, HttpMethods.Post], AuthorizeEndpoint.HandleAsync).WithName("Authorize");
        connect.MapMethods("/endsession", [HttpMethods.Get, HttpMethods.Post], EndSessionEndpoint.HandleAsync).WithName("EndSession");
        connect.MapMethods("/userinfo", [HttpMethods.Get, HttpMethods.Post], UserInfoEndpoint.HandleAsync).WithName("UserInfo");
        return app;
    }
}
