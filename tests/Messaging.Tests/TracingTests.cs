using System.Collections.Concurrent;
using System.Diagnostics;
using PlanetTechCare.Messaging.Tests.Support;

namespace PlanetTechCare.Messaging.Tests;

/// <summary>An event's publishing and its consumers join the trace of the change that wrote it, although the outbox publishes it later.</summary>
[Collection(ServersCollection.Name)]
public sealed class TracingTests(ServersFixture servers)
{
    [Fact]
    public async Task The_outbox_publish_and_the_consumer_continue_the_trace_of_the_change_that_wrote_the_event()
    {
        var recorded = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "PlanetTechCare.Outbox" or "MassTransit",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = recorded.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var database = await servers.CreateDatabaseAsync();
        using var host = NotesService.Build(database, servers.BrokerConnectionString, NotesService.NewEndpointPrefix());
        await NotesService.StartBoundAsync(host);

        // Given a change made inside a request's trace
        Guid noteId;
        using (var request = new Activity("POST /notes").SetIdFormat(ActivityIdFormat.W3C).Start())
        {
            noteId = await OutboxTests.WriteNoteAsync(host, 1, "traced");
            request.Stop();

            // When the outbox publishes its event and the consumer handles it
            await Eventually.HoldsAsync(async () => await OutboxTests.CountReceivedAsync(host, [noteId]) == 1, "the event arrives");
            await Eventually.HoldsAsync(() => Task.FromResult(recorded.Any(a => a.TraceId == request.TraceId && a.Kind == ActivityKind.Consumer)),
                "the consumer's span is recorded");

            // Then both are spans of the request's trace, the publish a child of the request itself
            var publish = Assert.Single(recorded, a => a.Source.Name == "PlanetTechCare.Outbox" && a.TraceId == request.TraceId);
            Assert.Equal(request.SpanId, publish.ParentSpanId);
            Assert.Contains(recorded, a => a.Source.Name == "MassTransit" && a.Kind == ActivityKind.Consumer && a.TraceId == request.TraceId);
        }

        await host.StopAsync();
    }
}
