using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PlanetTechCare.ServiceDefaults.Validation;
using PlanetTechCare.Webhooks.Data;
using PlanetTechCare.Webhooks.Extensions;
using PlanetTechCare.Webhooks.Services;

namespace PlanetTechCare.Webhooks.Apis;

/// <summary>
/// For apps that cannot receive webhooks: every forwarded event the caller may see (registrations:
/// only those of its partner's workshops), as the same CloudEvents, read by cursor (<c>?after=</c>)
/// or followed as Server-Sent Events (the event id is the cursor).
/// </summary>
public static class EventFeedApi
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    public static RouteGroupBuilder MapEventFeedApi(this IEndpointRouteBuilder app)
    {
        var group = WebhooksGroup.Map(app, "Event feed");
        group.MapGet("/events", ListAsync).WithName("ListEvents")
            .WithSummary("Events after a cursor, oldest first, with the next cursor; start with after=0.");
        group.MapGet("/events/stream", StreamAsync).WithName("StreamEvents")
            .WithSummary("The events as Server-Sent Events (text/event-stream); id is the cursor, Last-Event-ID resumes.")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream");
        return group;
    }

    public static async Task<Ok<EventPage>> ListAsync(
        [AsParameters] EventCursor cursor, [Between(1, MaxLimit)] int? limit, ClaimsPrincipal user, WebhooksDbContext db, CancellationToken cancellationToken)
    {
        var events = await FeedReader.AfterAsync(db, Caller.Of(user), cursor.Value, limit ?? DefaultLimit, cancellationToken);
        return TypedResults.Ok(new EventPage(
            [.. events.Select(e => JsonSerializer.Deserialize<JsonElement>(e.Body))], events.Count > 0 ? events[^1].Sequence : cursor.Value));
    }

    public static async Task<Results<EmptyHttpResult, ValidationProblem>> StreamAsync(
        HttpContext context, [AsParameters] EventCursor requested, ClaimsPrincipal user, WebhooksDbContext db, IOptions<WebhooksOptions> options, TimeProvider clock)
    {
        var lastEventId = context.Request.Headers["Last-Event-ID"].ToString();
        long cursor;
        if (!string.IsNullOrEmpty(lastEventId))
        {
            if (!long.TryParse(lastEventId, NumberStyles.None, CultureInfo.InvariantCulture, out cursor))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["Last-Event-ID"] = [ValidationMessages.Between(0, long.MaxValue)] });
            }
        }
        else
        {
            cursor = requested.Value;
        }

        var caller = Caller.Of(user);
        var cancellationToken = context.RequestAborted;
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        await response.WriteAsync(": stream of Planet Tech'Care events\n\n", cancellationToken);
        await response.Body.FlushAsync(cancellationToken);

        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var events = await FeedReader.AfterAsync(db, caller, cursor, DefaultLimit, cancellationToken);
                foreach (var feedEvent in events)
                {
                    await response.WriteAsync(
                        $"id: {feedEvent.Sequence}\nevent: {feedEvent.EventType}\ndata: {feedEvent.Body.ReplaceLineEndings(" ")}\n\n", cancellationToken);
                    cursor = feedEvent.Sequence;
                }

                await response.Body.FlushAsync(cancellationToken);
                if (events.Count < DefaultLimit)
                {
                    await Task.Delay(options.Value.StreamPollingInterval, clock, cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away.
        }

        return TypedResults.Empty;
    }
}
