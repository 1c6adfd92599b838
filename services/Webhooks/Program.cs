using PlanetTechCare.ServiceDefaults;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Security;
using PlanetTechCare.Webhooks.Apis;
using PlanetTechCare.Webhooks.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();
builder.AddApiDocuments("webhooks", WebhooksApiPurpose.Purpose);
builder.AddApiSecurity("webhooks");

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapApiDocuments();
app.MapSubscriptionsApi();
app.MapDeliveriesApi();
app.MapTestEventApi();
app.MapEventFeedApi();
app.Run();
