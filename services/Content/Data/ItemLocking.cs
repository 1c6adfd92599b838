using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Content.Domain;

namespace PlanetTechCare.Content.Data;

public static class ItemLocking
{
    /// <summary>Loads an item with its versions after locking its row for the current transaction.</summary>
    public static async Task<ContentItem?> LockAsync(this ContentDbContext db, Guid id, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM items WHERE id = {id} FOR UPDATE", cancellationToken);
        return await db.Items.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
    }
}
