using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Workshops.Domain;
using PlanetTechCare.Messaging;

namespace PlanetTechCare.Workshops.Data;

public sealed class WorkshopsDbContext(DbContextOptions<WorkshopsDbContext> options) : DbContext(options)
{
    public DbSet<Workshop> Workshops => Set<Workshop>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Workshop>(entity =>
        {
            entity.HasKey(e => e.Id);
            entity.Property(e => e.Title).HasMaxLength(300);
        });
        modelBuilder.AddOutboxAndInbox();
    }
}
