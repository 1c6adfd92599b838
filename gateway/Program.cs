using PlanetTechCare.Gateway.Extensions;
using PlanetTechCare.Gateway.Middleware;
using PlanetTechCare.Gateway.Security;
using PlanetTechCare.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGatewayServices();
builder.AddGatewaySecurity();

var app = builder.Build();
app.UseMiddleware<CorrelationIdMiddleware>();
app.UseGatewaySecurity();
app.MapDefaultEndpoints();
app.MapApiReference();
app.MapReverseProxy();
app.Run();
