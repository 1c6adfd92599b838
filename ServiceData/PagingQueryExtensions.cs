using Microsoft.EntityFrameworkCore;
using PlanetTechCare.ServiceDefaults.Apis;

namespace PlanetTechCare.ServiceData;

public static class PagingQueryExtensions
{
    /// <summary>Runs the count and one page of an ordered query.</summary>
    public static async Task<PagedList<T>> ToPagedListAsync<T>(
        this IQueryable<T> orderedQuery, PageRequest page, CancellationToken cancellationToken)
    {
        var total = await orderedQuery.LongCountAsync(cancellationToken);
        var items = await orderedQuery.Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return new PagedList<T>(items, page.PageNumber, page.Size, total);
    }
}
