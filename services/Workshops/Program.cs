using PlanetTechCare.Workshops.Apis;
using PlanetTechCare.Workshops.Extensions;
using PlanetTechCare.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapWorkshopsApi();
app.Run();
