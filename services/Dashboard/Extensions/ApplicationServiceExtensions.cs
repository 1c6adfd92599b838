using MudBlazor.Services;
using PlanetTechCare.Dashboard.Api;
using PlanetTechCare.Dashboard.Localization;
using PlanetTechCare.Dashboard.Platform;
using PlanetTechCare.ServiceDefaults;

namespace PlanetTechCare.Dashboard.Extensions;

public static class ApplicationServiceExtensions
{
    /// <summary>Blazor with MudBlazor, staff sign-in through the identity service, and the API clients.</summary>
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddAntiforgery(options => options.Cookie.Name = "ptc-dashboard-antiforgery");
        builder.AddStaffSignIn();
        builder.Services.AddUiLanguages();

        builder.Services.AddScoped<AccessTokenSource>();
        builder.Services.AddHttpClient<GatewayClient>(http => http.BaseAddress = new Uri(GatewayAddress.Of(builder.Configuration)));
        builder.Services.AddHttpClient<ServiceHealthProbe>(http => http.Timeout = TimeSpan.FromSeconds(5));
        builder.Services.AddHttpClient<BrokerManagementClient>();
        builder.Services.AddSingleton<BrokerSettings>();
        builder.AddRabbitMQClient("messaging", settings => settings.DisableTracing = !builder.Configuration.IsTelemetryExported());
        builder.Services.AddSingleton<ErrorQueueMessages>();
        return builder;
    }
}
