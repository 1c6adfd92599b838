using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Messaging;
using PlanetTechCare.Webhooks.Domain;

namespace PlanetTechCare.Webhooks.Data;

/// <summary>The webhooks service's own database: subscriptions, their deliveries, the event feed, and who hosts each workshop.</summary>
public sealed class WebhooksDbContext(DbContextOptions<WebhooksDbContext> options) : DbContext(options)
{
    public DbSet<Subscription> Subscriptions => Set<Subscription>();

    public DbSet<Delivery> Deliveries => Set<Delivery>();

    public DbSet<FeedEvent> FeedEvents => Set<FeedEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Subscription>(entity =>
        {
            entity.HasKey(e => e.Id);
            entity.Property(e => e.Id).ValueGeneratedNever();
            entity.Property(e => e.Owner).HasMaxLength(200);
            entity.Property(e => e.TargetUrl).HasMaxLength(2000);
            entity.Property(e => e.Secret).HasMaxLength(100);
            entity.Property(e => e.Status).HasConversion<string>().HasMaxLength(30);
            entity.Property(e => e.StatusReason).HasMaxLength(500);
            entity.Property(e => e.IdempotencyKey).HasMaxLength(100);
            entity.HasIndex(e => new { e.Owner, e.CreatedAt });
            entity.HasIndex(e => new { e.Owner, e.IdempotencyKey }).IsUnique().HasFilter("idempotency_key IS NOT NULL");
        });

        modelBuilder.Entity<Delivery>(entity =>
        {
            entity.HasKey(e => e.Id);
            entity.Property(e => e.Id).ValueGeneratedNever();
            entity.Property(e => e.EventType).HasMaxLength(100);
            entity.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
            entity.Property(e => e.LastError).HasMaxLength(500);
            entity.HasOne<Subscription>().WithMany().HasForeignKey(e => e.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
            entity.HasIndex(e => new { e.SubscriptionId, e.EventId }).IsUnique();
            entity.HasIndex(e => new { e.SubscriptionId, e.CreatedAt });
            entity.HasIndex(e => e.NextAttemptAt).HasFilter("status = 'Pending'").HasDatabaseName("ix_deliveries_due");
        });

        modelBuilder.Entity<FeedEvent>(entity =>
        {
            entity.ToTable("feed_events");
            entity.HasKey(e => e.Sequence);
            entity.Property(e => e.Sequence).UseIdentityAlwaysColumn();
            entity.Property(e => e.EventType).HasMaxLength(100);
            entity.HasIndex(e => e.EventId).IsUnique();
        });

        modelBuilder.AddOutboxAndInbox();
    }
}
