using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Messaging;
using PlanetTechCare.Notifications.Domain;

namespace PlanetTechCare.Notifications.Data;

/// <summary>
/// The notifications service's own database: the messages and their sending state, the contacts
/// and workshop details the events bring, and the notices still waiting for them.
/// </summary>
public sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options) : DbContext(options)
{
    public DbSet<Message> Messages => Set<Message>();

    public DbSet<SignatoryContact> SignatoryContacts => Set<SignatoryContact>();

    public DbSet<AttendeeContact> AttendeeContacts => Set<AttendeeContact>();

    public DbSet<WorkshopSchedule> Workshops => Set<WorkshopSchedule>();

    public DbSet<PendingNotice> PendingNotices => Set<PendingNotice>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Message>(entity =>
        {
            entity.HasKey(e => e.Id);
            entity.Property(e => e.Id).ValueGeneratedNever();
            entity.Property(e => e.Recipient).HasMaxLength(Limits.Email);
            entity.Property(e => e.RecipientName).HasMaxLength(Limits.Name);
            entity.Property(e => e.Language).HasMaxLength(2);
            entity.Property(e => e.Template).HasMaxLength(50);
            entity.Property(e => e.Subject).HasMaxLength(300);
            entity.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
            entity.Property(e => e.LastSmtpAnswer).HasMaxLength(SmtpAnswer.MaxLength);
            entity.HasIndex(e => new { e.EventId, e.Recipient, e.Template }).IsUnique();
            entity.HasIndex(e => new { e.Recipient, e.CreatedAt });
            entity.HasIndex(e => e.NextAttemptAt).HasFilter("status = 'Pending'").HasDatabaseName("ix_messages_due");
        });

        modelBuilder.Entity<SignatoryContact>(entity =>
        {
            entity.ToTable("signatory_contacts");
            entity.HasKey(e => e.SignatoryId);
            entity.Property(e => e.Name).HasMaxLength(Limits.Name);
            entity.Property(e => e.Email).HasMaxLength(Limits.Email);
            entity.Property(e => e.Language).HasMaxLength(2);
            entity.Ignore(e => e.Recipient);
        });

        modelBuilder.Entity<AttendeeContact>(entity =>
        {
            entity.ToTable("attendee_contacts");
            entity.HasKey(e => e.RegistrationId);
            entity.Property(e => e.Name).HasMaxLength(Limits.Name);
            entity.Property(e => e.Email).HasMaxLength(Limits.Email);
            entity.Property(e => e.Language).HasMaxLength(2);
            entity.Property(e => e.CancellationToken).HasMaxLength(100);
            entity.Property(e => e.MeetingUrl).HasMaxLength(Limits.Url);
            entity.Ignore(e => e.Recipient);
        });

        modelBuilder.Entity<WorkshopSchedule>(entity =>
        {
            entity.ToTable("workshops");
            entity.HasKey(e => e.WorkshopId);
            entity.Property(e => e.TitleFr).HasMaxLength(Limits.Title);
            entity.Property(e => e.TitleEn).HasMaxLength(Limits.Title);
        });

        modelBuilder.Entity<PendingNotice>(entity =>
        {
            entity.ToTable("pending_notices");
            entity.HasKey(e => new { e.EventId, e.Template });
            entity.Property(e => e.Template).HasMaxLength(50);
            entity.Property(e => e.Facts).HasColumnType("jsonb").HasConversion(
                facts => JsonSerializer.Serialize(facts, JsonSerializerOptions.Web),
                json => JsonSerializer.Deserialize<NoticeFacts>(json, JsonSerializerOptions.Web) ?? new NoticeFacts(null, null, null));
            entity.HasIndex(e => e.SubjectId);
            entity.HasIndex(e => e.WorkshopId);
        });

        modelBuilder.AddOutboxAndInbox();
    }
}
