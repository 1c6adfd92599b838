using PlanetTechCare.ServiceDefaults;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Security;
using PlanetTechCare.Workshops.Apis;
using PlanetTechCare.Workshops.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();
builder.AddPublicReadCache();
builder.AddApiDocuments("workshops", WorkshopsApiPurpose.Purpose);
builder.AddApiSecurity("workshops");

var app = builder.Build();
app.UsePublicReadCache();
app.UseApiSecurity();
app.MapDefaultEndpoints();
app.MapApiDocuments();
app.MapWorkshopsApi();
app.MapWorkshopsStaffApi();
app.Run();
