using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Content.Domain;
using PlanetTechCare.Messaging;

namespace PlanetTechCare.Content.Data;

public sealed class ContentDbContext(DbContextOptions<ContentDbContext> options) : DbContext(options)
{
    public DbSet<ContentItem> Items => Set<ContentItem>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ContentItem>(entity =>
        {
            entity.HasKey(e => e.Id);
            entity.Property(e => e.Title).HasMaxLength(300);
        });
        modelBuilder.AddOutboxAndInbox();
    }
}
