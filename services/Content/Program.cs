using PlanetTechCare.Content.Apis;
using PlanetTechCare.Content.Extensions;
using PlanetTechCare.ServiceDefaults;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();
builder.AddPublicReadCache();
builder.AddApiDocuments("content", ContentApiPurpose.Purpose);
builder.AddApiSecurity("content");

var app = builder.Build();
app.UsePublicReadCache();
app.UseApiSecurity();
app.MapDefaultEndpoints();
app.MapApiDocuments();
app.MapContentApi();
app.MapStaffContentApi();
app.Run();
