using PlanetTechCare.ServiceDefaults;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Security;
using PlanetTechCare.Signatories.Apis;
using PlanetTechCare.Signatories.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();
builder.AddPublicReadCache();
builder.AddApiDocuments("signatories", SignatoriesApiPurpose.Purpose);
builder.AddApiSecurity("signatories");

var app = builder.Build();
app.UsePublicReadCache();
app.UseApiSecurity();
app.MapDefaultEndpoints();
app.MapApiDocuments();
app.MapSignatoriesApi();
app.Run();
