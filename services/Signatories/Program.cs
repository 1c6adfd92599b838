using PlanetTechCare.Signatories.Apis;
using PlanetTechCare.Signatories.Extensions;
using PlanetTechCare.ServiceDefaults;
using PlanetTechCare.ServiceDefaults.Apis;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();
builder.AddApiDocuments("signatories");

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapApiDocuments();
app.MapSignatoriesApi();
app.Run();
