using PlanetTechCare.Gateway.Extensions;
using PlanetTechCare.Gateway.Middleware;
using PlanetTechCare.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGatewayServices();

var app = builder.Build();
app.UseMiddleware<CorrelationIdMiddleware>();
app.MapDefaultEndpoints();
app.MapApiReference();
app.MapReverseProxy();
app.Run();
