using PlanetTechCare.ServiceDefaults.Apis;

namespace PlanetTechCare.Dashboard.Api.Workshops;

/// <summary>
/// Reads every registration of a workshop, page after page (the API gives at most 100 at a time):
/// the counts staff see and the attendance they record cover them all, not only the first page.
/// </summary>
public static class RegistrationPages
{
    private const int PageSize = 100;

    public static async Task<List<RegistrationRow>> AllRegistrationsAsync(this GatewayClient api, Guid workshopId, CancellationToken cancellationToken = default)
    {
        var all = new List<RegistrationRow>();
        for (var page = 1; ; page++)
        {
            var list = await api.GetAsync<PagedList<RegistrationRow>>(
                $"/api/v1/workshops/staff/workshops/{workshopId}/registrations?page={page}&pageSize={PageSize}", cancellationToken);
            all.AddRange(list.Items);
            if (list.Items.Count < PageSize || all.Count >= list.Total)
            {
                return all;
            }
        }
    }
}
