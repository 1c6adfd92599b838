using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using PlanetTechCare.Messaging.Tests.Support;
using PlanetTechCare.Messaging.Tests.TestService;

namespace PlanetTechCare.Messaging.Tests;

[Collection(ServersCollection.Name)]
public sealed class InboxTests(ServersFixture servers)
{
    [Fact]
    public async Task An_event_delivered_several_times_has_a_single_effect()
    {
        var database = await servers.CreateDatabaseAsync();
        using var host = NotesService.Build(database, servers.BrokerConnectionString, NotesService.NewEndpointPrefix());
        await NotesService.StartBoundAsync(host);
        var bus = host.Services.GetRequiredService<IBus>();
        var duplicated = new NoteWritten(Guid.NewGuid(), 1, "once");
        var marker = new NoteWritten(Guid.NewGuid(), 2, "after the copies");

        // The same event (same event id) arrives five times, then another event
        for (var copy = 0; copy < 5; copy++)
        {
            await bus.Publish(duplicated);
        }

        await bus.Publish(marker);

        await Eventually.HoldsAsync(async () => await OutboxTests.CountReceivedAsync(host, [marker.NoteId]) == 1, "the marker arrives");
        Assert.Equal(1, await OutboxTests.CountReceivedAsync(host, [duplicated.NoteId]));
        await host.StopAsync();
    }

    [Fact]
    public async Task A_handler_that_fails_twice_then_succeeds_has_exactly_one_effect()
    {
        var database = await servers.CreateDatabaseAsync();
        using var host = NotesService.Build(database, servers.BrokerConnectionString, NotesService.NewEndpointPrefix());
        await host.StartAsync();

        var noteId = await OutboxTests.WriteNoteAsync(host, 1, "flaky note");

        await Eventually.HoldsAsync(async () => await OutboxTests.CountReceivedAsync(host, [noteId]) == 1, "the flaky note is handled");
        await Task.Delay(500);
        Assert.Equal(1, await OutboxTests.CountReceivedAsync(host, [noteId]));
        await host.StopAsync();
    }

    [Fact]
    public async Task A_poison_message_lands_in_the_error_queue_without_blocking_the_next_one()
    {
        var database = await servers.CreateDatabaseAsync();
        var prefix = NotesService.NewEndpointPrefix();
        using var host = NotesService.Build(database, servers.BrokerConnectionString, prefix);
        await host.StartAsync();

        var poisonId = await OutboxTests.WriteNoteAsync(host, 1, "poison");
        var healthyId = await OutboxTests.WriteNoteAsync(host, 2, "healthy");

        await Eventually.HoldsAsync(async () => await OutboxTests.CountReceivedAsync(host, [healthyId]) == 1, "the healthy note is handled");
        var errors = new List<string>();
        await Eventually.HoldsAsync(async () =>
        {
            errors.AddRange(await ErrorQueue.DrainAsync(servers.BrokerConnectionString, ErrorQueue.NameFor(prefix)));
            return errors.Count > 0;
        }, "the poison note reaches the _error queue");
        Assert.Contains(errors, body => body.Contains(poisonId.ToString(), StringComparison.OrdinalIgnoreCase));
        Assert.Equal(0, await OutboxTests.CountReceivedAsync(host, [poisonId]));
        await host.StopAsync();
    }
}
