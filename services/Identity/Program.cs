using PlanetTechCare.Identity.Apis;
using PlanetTechCare.Identity.Extensions;
using PlanetTechCare.ServiceDefaults;
using PlanetTechCare.ServiceDefaults.Apis;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();
builder.AddApiDocuments("identity", IdentityApiPurpose.Purpose);

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapDefaultEndpoints();
app.MapApiDocuments();
app.MapConnectApi();
app.MapAccountApi();
app.MapClientsApi();
app.MapStaffApi();
app.Run();
