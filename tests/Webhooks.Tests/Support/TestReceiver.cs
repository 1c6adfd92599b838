using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PlanetTechCare.Webhooks.Tests.Support;

/// <summary>
/// A real webhook receiver (Kestrel on a loopback port). Each path has its own behaviour; by
/// default it answers verification challenges and accepts events. Records every request.
/// </summary>
public sealed class TestReceiver : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Func<ReceivedWebhook, Task<IResult>>> _behaviours = new();
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    private WebApplication? _app;

    public Uri Address { get; private set; } = new("http://127.0.0.1");

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapPost("/hooks/{name}", async (string name, HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var received = new ReceivedWebhook(name, request.Headers["webhook-id"], request.Headers["webhook-timestamp"],
                request.Headers["webhook-signature"], request.ContentType, await reader.ReadToEndAsync(), DateTimeOffset.UtcNow);
            _received.Enqueue(received);
            return _behaviours.TryGetValue(name, out var behaviour) ? await behaviour(received) : EchoOrAccept(received);
        });
        await _app.StartAsync();
        Address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    /// <summary>A fresh path of this receiver, for one test.</summary>
    public (string Name, string Url) NewTarget()
    {
        var name = Guid.NewGuid().ToString("N");
        return (name, new Uri(Address, $"/hooks/{name}").ToString());
    }

    public void Behave(string name, Func<ReceivedWebhook, Task<IResult>> behaviour) => _behaviours[name] = behaviour;

    /// <summary>Events (not verification challenges) received on <paramref name="name"/>.</summary>
    public IReadOnlyList<ReceivedWebhook> EventsOf(string name) => [.. _received.Where(r => r.Path == name && !IsVerification(r))];

    public IReadOnlyList<ReceivedWebhook> ChallengesOf(string name) => [.. _received.Where(r => r.Path == name && IsVerification(r))];

    public static bool IsVerification(ReceivedWebhook received) => received.Body.Contains("\"webhook.verification\"", StringComparison.Ordinal);

    /// <summary>What a well-behaved receiver does: echo the challenge, accept events.</summary>
    public static IResult EchoOrAccept(ReceivedWebhook received)
    {
        if (!IsVerification(received))
        {
            return Results.NoContent();
        }

        using var document = JsonDocument.Parse(received.Body);
        return Results.Json(new { challenge = document.RootElement.GetProperty("challenge").GetString() });
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
