using System.Net;
using System.Net.Http.Json;
using PlanetTechCare.Webhooks.Tests.Support;

namespace PlanetTechCare.Webhooks.Tests;

[Collection(WebhooksCollection.Name)]
public sealed class EventFeedTests(WebhooksFixture fixture)
{
    private readonly WebhooksDriver _driver = new(fixture);

    [Fact]
    public async Task The_feed_returns_every_event_once_in_order_across_pages()
    {
        var start = await _driver.FeedEndAsync();
        var events = Enumerable.Range(0, 7).Select(_ => WebhooksDriver.Held()).ToList();
        foreach (var held in events)
        {
            await _driver.PublishAsync(held);
        }

        var expected = events.Select(e => e.EventId.ToString()).ToHashSet();
        var seen = new List<string>();
        var cursors = new List<long>();
        var cursor = start;
        await Eventually.HoldsAsync(async () =>
        {
            var page = (await _driver.Http.GetFromJsonAsync<EventPageDto>($"{WebhooksDriver.Base}/events?after={cursor}&limit=3"))!;
            Assert.InRange(page.Events.Count, 0, 3);
            seen.AddRange(page.Events.Select(e => e.GetProperty("id").GetString()!));
            Assert.True(page.Next >= cursor);
            cursors.Add(page.Next);
            cursor = page.Next;
            return expected.IsSubsetOf(seen);
        }, "every published event is in the feed", 30);

        var ours = seen.Where(expected.Contains).ToList();
        Assert.Equal(ours.Count, ours.Distinct().Count());
        Assert.Equal(expected.Count, ours.Count);
        Assert.Equal(cursors.Order(), cursors);
        var last = (await _driver.Http.GetFromJsonAsync<EventPageDto>($"{WebhooksDriver.Base}/events?after={cursor}&limit=3"))!;
        Assert.DoesNotContain(last.Events, e => expected.Contains(e.GetProperty("id").GetString()!));
    }

    [Fact]
    public async Task Feed_events_are_the_CloudEvents_sent_as_webhooks()
    {
        var start = await _driver.FeedEndAsync();
        var held = WebhooksDriver.Held();
        await _driver.PublishAsync(held);
        await _driver.WaitForFeedAsync(held.EventId);
        var page = (await _driver.Http.GetFromJsonAsync<EventPageDto>($"{WebhooksDriver.Base}/events?after={start}&limit=500"))!;
        var cloudEvent = Assert.Single(page.Events, e => e.GetProperty("id").GetString() == held.EventId.ToString());
        Assert.Equal("org.planet-techcare.workshop.held", cloudEvent.GetProperty("type").GetString());
        Assert.Equal(97, cloudEvent.GetProperty("data").GetProperty("attendedCount").GetInt32());
    }

    [Theory]
    [InlineData("after=-1")]
    [InlineData("limit=0")]
    [InlineData("limit=501")]
    [InlineData("after=abc")]
    public async Task Bad_cursors_and_limits_are_refused(string query)
    {
        using var response = await _driver.Http.GetAsync($"{WebhooksDriver.Base}/events?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_stream_yields_new_events_with_their_cursor_and_resumes_after_Last_Event_ID()
    {
        var start = await _driver.FeedEndAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{WebhooksDriver.Base}/events/stream");
        request.Headers.Add("Last-Event-ID", start.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await _driver.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);

        var held = WebhooksDriver.Held();
        await _driver.PublishAsync(held);

        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        long? id = null;
        string? data = null;
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("id: ", StringComparison.Ordinal))
            {
                id = long.Parse(line[4..], System.Globalization.CultureInfo.InvariantCulture);
                Assert.True(id > start, "the stream starts after the Last-Event-ID");
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && line.Contains(held.EventId.ToString(), StringComparison.Ordinal))
            {
                data = line[6..];
                break;
            }
        }

        Assert.NotNull(id);
        Assert.Equal(held.EventId.ToString(), System.Text.Json.JsonDocument.Parse(data!).RootElement.GetProperty("id").GetString());
    }
}
