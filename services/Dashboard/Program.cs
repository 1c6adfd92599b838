using PlanetTechCare.Dashboard.Components;
using PlanetTechCare.Dashboard.Extensions;
using PlanetTechCare.Dashboard.Localization;
using PlanetTechCare.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.UseStaffPipeline();
app.MapStaticAssets();
app.MapStaffSignIn();
app.MapLanguageSwitch();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode()
    .RequireAuthorization();
app.Run();
