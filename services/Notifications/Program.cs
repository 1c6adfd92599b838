using PlanetTechCare.Notifications.Apis;
using PlanetTechCare.Notifications.Extensions;
using PlanetTechCare.ServiceDefaults;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();
builder.AddApiDocuments("notifications", NotificationsApiPurpose.Purpose);
builder.AddApiSecurity("notifications");

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapApiDocuments();
app.MapStaffMessagesApi();
app.Run();
