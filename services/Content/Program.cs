using PlanetTechCare.Content.Apis;
using PlanetTechCare.Content.Extensions;
using PlanetTechCare.ServiceDefaults;
using PlanetTechCare.ServiceDefaults.Apis;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();
builder.AddApiDocuments("content");

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapApiDocuments();
app.MapContentApi();
app.MapStaffContentApi();
app.Run();
