using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PlanetTechCare.Messaging.Outbox;
using PlanetTechCare.Messaging.Tests.Support;
using PlanetTechCare.Messaging.Tests.TestService;

namespace PlanetTechCare.Messaging.Tests;

[Collection(ServersCollection.Name)]
public sealed class OutboxTests(ServersFixture servers)
{
    private const string UnreachableBroker = "amqp://guest:guest@127.0.0.1:1";

    [Fact]
    public async Task Events_committed_before_the_process_stopped_are_published_after_it_restarts()
    {
        // Given a service that committed notes and their events but stopped before publishing
        var database = await servers.CreateDatabaseAsync();
        var prefix = NotesService.NewEndpointPrefix();
        var noteIds = new List<Guid>();
        using (var stopped = NotesService.Build(database, UnreachableBroker, prefix))
        {
            await stopped.StartAsync();
            for (var i = 0; i < 3; i++)
            {
                noteIds.Add(await WriteNoteAsync(stopped, i, $"note {i}"));
            }

            await stopped.StopAsync();
        }

        Assert.Equal(3, await CountUnsentAsync(database));

        // When it starts again with the broker reachable
        using var restarted = NotesService.Build(database, servers.BrokerConnectionString, prefix);
        await restarted.StartAsync();

        // Then every event is consumed and the outbox is empty
        await Eventually.HoldsAsync(async () => await CountReceivedAsync(restarted, noteIds) == 3, "the three events arrive");
        Assert.Equal(0, await CountUnsentAsync(database));
        await restarted.StopAsync();
    }

    [Fact]
    public async Task Events_written_while_the_broker_is_down_are_published_once_it_is_back()
    {
        // Given a running service whose broker then stops
        var database = await servers.CreateDatabaseAsync();
        using var host = NotesService.Build(database, servers.BrokerConnectionString, NotesService.NewEndpointPrefix());
        await NotesService.StartBoundAsync(host);
        var bus = host.Services.GetRequiredService<IBusControl>();
        await servers.App.StopResourceAsync("messaging");

        // When it keeps writing, and the broker comes back
        var noteIds = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            noteIds.Add(await WriteNoteAsync(host, i, $"while down {i}"));
        }

        await servers.App.StartResourceAsync("messaging");

        // Then every event is delivered once and nothing stays unsent
        try
        {
            await Eventually.HoldsAsync(async () => await CountReceivedAsync(host, noteIds) == 3, "the three events arrive", 120);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"After 120 s: bus {bus.CheckHealth().Status}, {await CountUnsentAsync(database)} unsent, "
                + $"{await CountReceivedAsync(host, noteIds)} of 3 received.");
        }

        Assert.Equal(0, await CountUnsentAsync(database));
        await host.StopAsync();
    }

    [Fact]
    public async Task A_rolled_back_change_publishes_nothing()
    {
        var database = await servers.CreateDatabaseAsync();
        using var host = NotesService.Build(database, servers.BrokerConnectionString, NotesService.NewEndpointPrefix());
        await host.StartAsync();

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NotesDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var note = new Note(Guid.NewGuid(), "abandoned");
            db.Notes.Add(note);
            db.AddIntegrationEvent(new NoteWritten(note.Id, 0, note.Text));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        await using var check = host.Services.CreateAsyncScope();
        Assert.Equal(0, await check.ServiceProvider.GetRequiredService<NotesDbContext>().Set<OutboxMessage>().CountAsync());
        await host.StopAsync();
    }

    [Fact]
    public async Task Events_are_published_in_the_order_they_were_committed()
    {
        var database = await servers.CreateDatabaseAsync();
        using var host = NotesService.Build(database, servers.BrokerConnectionString, NotesService.NewEndpointPrefix());
        await host.StartAsync();

        var noteIds = new List<Guid>();
        for (var sequence = 1; sequence <= 40; sequence++)
        {
            noteIds.Add(await WriteNoteAsync(host, sequence, $"note {sequence}"));
        }

        await Eventually.HoldsAsync(async () => await CountReceivedAsync(host, noteIds) == 40, "all forty events arrive");
        await using var scope = host.Services.CreateAsyncScope();
        var received = await scope.ServiceProvider.GetRequiredService<NotesDbContext>().ReceivedNotes
            .Where(r => noteIds.Contains(r.NoteId)).OrderBy(r => r.Id).Select(r => r.Sequence).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 40), received);
        await host.StopAsync();
    }

    [Fact]
    public async Task An_event_another_replica_commits_is_published_at_once_without_polling()
    {
        // Given a running replica that would look for unsent events only once an hour on its own
        var database = await servers.CreateDatabaseAsync();
        var prefix = NotesService.NewEndpointPrefix();
        using var running = NotesService.Build(database, servers.BrokerConnectionString, prefix,
            new Dictionary<string, string?> { ["Messaging:Outbox:PollingInterval"] = "01:00:00" });
        await NotesService.StartBoundAsync(running);
        // and another replica of the same service (same database, same queues) whose dispatcher does not run
        using var other = NotesService.Build(database, UnreachableBroker, prefix);

        // When the other replica commits events, with and without an explicit transaction, one after the other
        for (var sequence = 1; sequence <= 4; sequence++)
        {
            var noteId = sequence % 2 == 0 ? await WriteNoteInTransactionAsync(other, sequence) : await WriteNoteAsync(other, sequence, $"note {sequence}");

            // Then each is published by the running replica, woken by PostgreSQL's notification of the commit
            await Eventually.HoldsAsync(async () => await CountReceivedAsync(running, [noteId]) == 1, $"event {sequence} arrives", 10);
        }

        Assert.Equal(0, await CountUnsentAsync(database));
        await running.StopAsync();
    }

    private static async Task<Guid> WriteNoteInTransactionAsync(IHost host, int sequence)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotesDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var note = new Note(Guid.NewGuid(), $"note {sequence}");
        db.Notes.Add(note);
        db.AddIntegrationEvent(new NoteWritten(note.Id, sequence, note.Text));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return note.Id;
    }

    internal static async Task<Guid> WriteNoteAsync(IHost host, int sequence, string text)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotesDbContext>();
        var note = new Note(Guid.NewGuid(), text);
        db.Notes.Add(note);
        db.AddIntegrationEvent(new NoteWritten(note.Id, sequence, text));
        await db.SaveChangesAsync();
        return note.Id;
    }

    internal static async Task<int> CountReceivedAsync(IHost host, IReadOnlyCollection<Guid> noteIds)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NotesDbContext>().ReceivedNotes
            .CountAsync(r => noteIds.Contains(r.NoteId));
    }

    private static async Task<int> CountUnsentAsync(string database)
    {
        var options = new DbContextOptionsBuilder<NotesDbContext>().UseNpgsql(database).UseSnakeCaseNamingConvention().Options;
        await using var db = new NotesDbContext(options);
        return await db.Set<OutboxMessage>().CountAsync(m => m.SentAt == null);
    }
}
