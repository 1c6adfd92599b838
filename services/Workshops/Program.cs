using PlanetTechCare.ServiceDefaults;
using PlanetTechCare.Workshops.Apis;
using PlanetTechCare.Workshops.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapWorkshopsApi();
app.MapWorkshopsStaffApi();
app.Run();
