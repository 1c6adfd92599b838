using PlanetTechCare.Directory.Apis;
using PlanetTechCare.Directory.Extensions;
using PlanetTechCare.ServiceDefaults;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();
builder.AddPublicReadCache();
builder.AddApiDocuments("directory", DirectoryApiPurpose.Purpose);
builder.AddApiSecurity("directory");

var app = builder.Build();
app.UsePublicReadCache();
app.UseApiSecurity();
app.MapDefaultEndpoints();
app.MapApiDocuments();
app.MapDirectoryApi();
app.MapStaffDirectoryApi();
app.Run();
