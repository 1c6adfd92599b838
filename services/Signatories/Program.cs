using PlanetTechCare.Signatories.Apis;
using PlanetTechCare.Signatories.Extensions;
using PlanetTechCare.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapSignatoriesApi();
app.Run();
