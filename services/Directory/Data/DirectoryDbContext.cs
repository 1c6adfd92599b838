using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Directory.Domain;
using PlanetTechCare.Messaging;

namespace PlanetTechCare.Directory.Data;

public sealed class DirectoryDbContext(DbContextOptions<DirectoryDbContext> options) : DbContext(options)
{
    public DbSet<Listing> Listings => Set<Listing>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Listing>(entity =>
        {
            entity.HasKey(e => e.Id);
            entity.Property(e => e.Name).HasMaxLength(300);
        });
        modelBuilder.AddOutboxAndInbox();
    }
}
