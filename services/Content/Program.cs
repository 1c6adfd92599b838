using PlanetTechCare.Content.Apis;
using PlanetTechCare.Content.Extensions;
using PlanetTechCare.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapContentApi();
app.MapStaffContentApi();
app.Run();
