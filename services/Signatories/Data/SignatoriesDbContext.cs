using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Signatories.Domain;
using PlanetTechCare.Messaging;

namespace PlanetTechCare.Signatories.Data;

public sealed class SignatoriesDbContext(DbContextOptions<SignatoriesDbContext> options) : DbContext(options)
{
    public DbSet<Signatory> Signatories => Set<Signatory>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Signatory>(entity =>
        {
            entity.HasKey(e => e.Id);
            entity.Property(e => e.LegalName).HasMaxLength(300);
        });
        modelBuilder.AddOutboxAndInbox();
    }
}
