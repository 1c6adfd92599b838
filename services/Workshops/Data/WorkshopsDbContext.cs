using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Messaging;
using PlanetTechCare.Workshops.Domain;

namespace PlanetTechCare.Workshops.Data;

public sealed class WorkshopsDbContext(DbContextOptions<WorkshopsDbContext> options) : DbContext(options)
{
    public DbSet<Workshop> Workshops => Set<Workshop>();

    public DbSet<Registration> Registrations => Set<Registration>();

    public DbSet<Partner> Partners => Set<Partner>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Workshop>(entity =>
        {
            entity.HasKey(e => e.Id);
            entity.Property(e => e.CreationKey).HasMaxLength(Limits.IdempotencyKey);
            entity.HasIndex(e => e.CreationKey).IsUnique();
            entity.Property(e => e.TitleFr).HasMaxLength(Limits.Title);
            entity.Property(e => e.TitleEn).HasMaxLength(Limits.Title);
            entity.Property(e => e.SummaryFr).HasMaxLength(Limits.Summary);
            entity.Property(e => e.SummaryEn).HasMaxLength(Limits.Summary);
            entity.Property(e => e.Format).HasMaxLength(20);
            entity.Property(e => e.MeetingUrl).HasMaxLength(Limits.Url);
            entity.Property(e => e.ReplayUrl).HasMaxLength(Limits.Url);
            entity.Property(e => e.CancellationReason).HasMaxLength(Limits.Reason);
            entity.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
            entity.OwnsMany(e => e.Speakers, speakers => speakers.ToJson());
            entity.HasIndex(e => e.StartsAt);
            entity.HasIndex(e => e.Themes).HasMethod("gin");
            entity.HasIndex(e => e.PartnerIds).HasMethod("gin");
        });

        modelBuilder.Entity<Registration>(entity =>
        {
            entity.HasKey(e => e.Id);
            entity.Property(e => e.Name).HasMaxLength(Limits.Name);
            entity.Property(e => e.Email).HasMaxLength(Limits.Email);
            entity.Property(e => e.NormalizedEmail).HasMaxLength(Limits.Email);
            entity.Property(e => e.Language).HasMaxLength(2).HasDefaultValue("fr");
            entity.Property(e => e.Organisation).HasMaxLength(Limits.Name);
            entity.Property(e => e.TokenHash).HasMaxLength(64);
            entity.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
            entity.HasOne<Workshop>().WithMany().HasForeignKey(e => e.WorkshopId);
            entity.HasIndex(e => e.TokenHash).IsUnique();
            entity.HasIndex(e => new { e.WorkshopId, e.NormalizedEmail })
                .IsUnique()
                .HasFilter("status <> 'Cancelled'")
                .HasDatabaseName("ux_registrations_live_email");
            entity.HasIndex(e => new { e.WorkshopId, e.Status, e.Sequence });
        });

        modelBuilder.Entity<Partner>(entity =>
        {
            entity.HasKey(e => e.Id);
            entity.Property(e => e.Name).HasMaxLength(Limits.Name);
            entity.HasIndex(e => e.Name).IsUnique();
            entity.Property(e => e.Website).HasMaxLength(Limits.Url);
            entity.Property(e => e.LogoUrl).HasMaxLength(Limits.Url);
            entity.Property(e => e.DescriptionFr).HasMaxLength(Limits.Summary);
            entity.Property(e => e.DescriptionEn).HasMaxLength(Limits.Summary);
        });

        modelBuilder.AddOutboxAndInbox();
    }
}
