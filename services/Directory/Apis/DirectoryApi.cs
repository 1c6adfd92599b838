namespace PlanetTechCare.Directory.Apis;

public static class DirectoryApi
{
    public static RouteGroupBuilder MapDirectoryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/directory/listings").WithTags("Directory");
        return api;
    }
}
