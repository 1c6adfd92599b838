using PlanetTechCare.Directory.Apis;
using PlanetTechCare.Directory.Extensions;
using PlanetTechCare.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapDirectoryApi();
app.MapStaffDirectoryApi();
app.Run();
