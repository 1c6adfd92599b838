using PlanetTechCare.ServiceDefaults.Security;

namespace PlanetTechCare.Workshops.Apis;

/// <summary>
/// Every staff endpoint, in one group under <c>/api/v1/workshops/staff</c>, so that one
/// authorization policy can protect them all.
/// </summary>
public static class StaffApi
{
    public static RouteGroupBuilder MapWorkshopsStaffApi(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup($"{WorkshopsApi.BasePath}/staff").WithTags("Workshops (staff)")
            .RequireScopes(Scopes.WorkshopsRead, Scopes.WorkshopsWrite);
        staff.MapStaffWorkshopsApi();
        staff.MapStaffRegistrationsApi();
        staff.MapStaffPartnersApi();
        return staff;
    }
}
