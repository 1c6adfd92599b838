using PlanetTechCare.ServiceDefaults.Security;

namespace PlanetTechCare.Webhooks.Apis;

/// <summary>Every endpoint of the service lives under one group that needs <c>webhooks.manage</c>.</summary>
public static class WebhooksGroup
{
    public const string BasePath = "/api/v1/webhooks";

    public static RouteGroupBuilder Map(IEndpointRouteBuilder app, string tag) =>
        app.MapGroup(BasePath).WithTags(tag).RequireScope(Scopes.WebhooksManage);
}
