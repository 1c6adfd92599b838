using Microsoft.AspNetCore.Localization;

namespace PlanetTechCare.Dashboard.Localization;

/// <summary>French by default; <c>/language/en</c> (or <c>/language/fr</c>) switches, kept in a cookie.</summary>
public static class UiLanguageExtensions
{
    private static readonly string[] Supported = [Ui.French, Ui.English];

    public static IServiceCollection AddUiLanguages(this IServiceCollection services) =>
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(Ui.French).AddSupportedCultures(Supported).AddSupportedUICultures(Supported);
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });

    public static WebApplication MapLanguageSwitch(this WebApplication app)
    {
        app.MapGet("/language/{language}", (string language, string? returnUrl, HttpContext http) =>
        {
            var chosen = Supported.Contains(language) ? language : Ui.French;
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), SameSite = SameSiteMode.Lax, HttpOnly = true });
            return TypedResults.LocalRedirect(returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/");
        }).AllowAnonymous();
        return app;
    }
}
