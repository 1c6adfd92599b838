using System.Diagnostics;
using System.Text;
using Microsoft.Playwright;

namespace PlanetTechCare.BrowserSupport;

/// <summary>
/// The frames a page receives on a WebSocket (the Blazor circuit: render batches, JavaScript calls),
/// counted as the payload bytes the browser hands the page, until <see cref="Stop"/>.
/// </summary>
public sealed class CircuitFrames
{
    private readonly IWebSocket _socket;
    private long _bytes;
    private long _lastFrameAt = Stopwatch.GetTimestamp();

    public CircuitFrames(IWebSocket socket)
    {
        _socket = socket;
        _socket.FrameReceived += OnFrame;
    }

    public string Url => _socket.Url;

    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>How long since the last frame came (or since the socket opened).</summary>
    public TimeSpan Quiet => Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastFrameAt));

    public void Stop() => _socket.FrameReceived -= OnFrame;

    private void OnFrame(object? sender, IWebSocketFrame frame)
    {
        Interlocked.Add(ref _bytes, frame.Binary?.Length ?? Encoding.UTF8.GetByteCount(frame.Text ?? string.Empty));
        Interlocked.Exchange(ref _lastFrameAt, Stopwatch.GetTimestamp());
    }
}
