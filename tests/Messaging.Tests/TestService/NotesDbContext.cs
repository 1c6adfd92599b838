using Microsoft.EntityFrameworkCore;

namespace PlanetTechCare.Messaging.Tests.TestService;

public sealed class NotesDbContext(DbContextOptions<NotesDbContext> options) : DbContext(options)
{
    public DbSet<Note> Notes => Set<Note>();

    public DbSet<ReceivedNote> ReceivedNotes => Set<ReceivedNote>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Note>().Property(n => n.Text).HasMaxLength(200);
        modelBuilder.AddOutboxAndInbox();
    }
}
