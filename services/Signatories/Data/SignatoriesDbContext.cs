using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Messaging;
using PlanetTechCare.Signatories.Domain;

namespace PlanetTechCare.Signatories.Data;

public sealed class SignatoriesDbContext(DbContextOptions<SignatoriesDbContext> options) : DbContext(options)
{
    /// <summary>The statuses in which an application or signatory is live: one per registration key.</summary>
    public const string LiveStatusFilter = "status IN ('Applied', 'Approved', 'Suspended')";

    public DbSet<Signatory> Signatories => Set<Signatory>();

    public DbSet<SignatoryTransition> Transitions => Set<SignatoryTransition>();

    public DbSet<ManifestoVersion> Manifestos => Set<ManifestoVersion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Signatory>(entity =>
        {
            entity.HasKey(e => e.Id);
            entity.Property(e => e.LegalName).HasMaxLength(Limits.LegalName);
            entity.Property(e => e.SearchName).HasMaxLength(Limits.LegalName);
            entity.Property(e => e.Siren).HasMaxLength(Siren.Length);
            entity.Property(e => e.ForeignRegistrationId).HasMaxLength(Limits.RegistrationId);
            entity.Property(e => e.RegistrationKey).HasMaxLength(Limits.RegistrationId + 10);
            entity.Property(e => e.Website).HasMaxLength(Limits.Website);
            entity.Property(e => e.Category).HasMaxLength(40);
            entity.Property(e => e.SizeBand).HasMaxLength(20);
            entity.Property(e => e.Region).HasMaxLength(40);
            entity.Property(e => e.PublicDescription).HasMaxLength(Limits.Description);
            entity.Property(e => e.CurriculumCommitment).HasMaxLength(Limits.Description);
            entity.Property(e => e.LastReason).HasMaxLength(Limits.Reason);
            entity.Property(e => e.Language).HasMaxLength(2).HasDefaultValue("fr");
            entity.Property(e => e.IdempotencyKey).HasMaxLength(Limits.IdempotencyKey);
            entity.Property(e => e.RequestFingerprint).HasMaxLength(64);
            entity.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
            entity.Property(e => e.Version).IsConcurrencyToken();
            entity.ComplexProperty(e => e.Contact, contact =>
            {
                contact.Property(c => c.Name).HasMaxLength(Limits.PersonName);
                contact.Property(c => c.Role).HasMaxLength(Limits.PersonName);
                contact.Property(c => c.Email).HasMaxLength(Limits.Email);
            });
            entity.ComplexProperty(e => e.Signature, signature =>
            {
                signature.Property(s => s.SignerName).HasMaxLength(Limits.PersonName);
                signature.Property(s => s.SignerRole).HasMaxLength(Limits.PersonName);
            });
            entity.Ignore(e => e.Profile);
            entity.Ignore(e => e.IsLive);
            entity.HasMany(e => e.History).WithOne().HasForeignKey(t => t.SignatoryId);
            entity.Navigation(e => e.History).UsePropertyAccessMode(PropertyAccessMode.Field);
            entity.HasIndex(e => e.RegistrationKey).IsUnique().HasFilter(LiveStatusFilter)
                .HasDatabaseName("ix_signatories_one_live_per_registration");
            entity.HasIndex(e => e.IdempotencyKey).IsUnique();
            entity.HasIndex(e => new { e.Status, e.ApprovedAt });
            entity.HasIndex(e => e.SearchName);
        });

        modelBuilder.Entity<SignatoryTransition>(entity =>
        {
            entity.ToTable("signatory_transitions");
            entity.HasKey(e => e.Id);
            entity.Property(e => e.Id).UseIdentityAlwaysColumn();
            entity.Property(e => e.From).HasConversion<string>().HasMaxLength(20);
            entity.Property(e => e.To).HasConversion<string>().HasMaxLength(20);
            entity.Property(e => e.By).HasMaxLength(Limits.PersonName);
            entity.Property(e => e.Reason).HasMaxLength(Limits.Reason);
        });

        modelBuilder.Entity<ManifestoVersion>(entity =>
        {
            entity.ToTable("manifesto_versions");
            entity.HasKey(e => e.Version);
            entity.Property(e => e.Version).ValueGeneratedNever();
            entity.HasIndex(e => e.IsCurrent).IsUnique().HasFilter("is_current");
            entity.HasData(ManifestoText.FirstVersion);
        });

        modelBuilder.AddOutboxAndInbox();
    }
}
