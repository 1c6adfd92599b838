using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Playwright;

namespace PlanetTechCare.BrowserSupport;

/// <summary>
/// What loading a dashboard page costs, counted as EcoIndex counts it, and its EcoIndex score. The page
/// is loaded in a new browser context (cold cache, signed in) and counted once it has settled: network
/// idle, its own content visible, no progress bar, and its Blazor circuit quiet for half a second.
/// <list type="bullet">
/// <item>DOM elements: <c>document.getElementsByTagName('*')</c> less the elements inside an
/// <c>&lt;svg&gt;</c>, which EcoIndex leaves out (an icon's paths are not page structure).</item>
/// <item>Requests: every request the page made (Playwright's request events: the document, styles,
/// scripts, the Blazor negotiate call) and every WebSocket it opened (the circuit's upgrade request,
/// which Playwright reports apart).</item>
/// <item>Bytes: for every finished request, its response headers and encoded body
/// (<c>Request.SizesAsync</c>); and for the circuit, the payload of every frame the page received until
/// it settled. Blazor Server renders on the server and sends the page's markup and every update over
/// that socket, so its traffic is the page's too. Frames are counted as the browser hands them over,
/// after WebSocket compression is undone: an upper bound of the bytes on the wire.</item>
/// </list>
/// </summary>
public sealed record PageFootprint(string Page, string Path, int DomElements, IReadOnlyList<PageTransfer> Transfers)
{
    private const string CountElementsOutsideSvg = "() => document.getElementsByTagName('*').length - document.querySelectorAll('svg *').length";
    private static readonly TimeSpan CircuitQuiet = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(15);

    public int Requests => Transfers.Count;

    public long Bytes => Transfers.Sum(transfer => transfer.Bytes);

    public double Kilobytes => Bytes / 1024d;

    public int Score => EcoIndex.Score(DomElements, Requests, Kilobytes);

    public char Grade => EcoIndex.Grade(Score);

    /// <summary>Loads <paramref name="path"/> in <paramref name="page"/> (which has loaded nothing yet) and counts it once <paramref name="content"/> shows.</summary>
    public static async Task<PageFootprint> MeasureAsync(IPage page, string name, string path, ILocator content)
    {
        var requests = new ConcurrentQueue<IRequest>();
        var finished = new ConcurrentDictionary<IRequest, bool>();
        var circuits = new ConcurrentQueue<CircuitFrames>();
        void OnRequest(object? sender, IRequest request) => requests.Enqueue(request);
        void OnFinished(object? sender, IRequest request) => finished[request] = true;
        void OnWebSocket(object? sender, IWebSocket socket) => circuits.Enqueue(new CircuitFrames(socket));
        page.Request += OnRequest;
        page.RequestFinished += OnFinished;
        page.WebSocket += OnWebSocket;
        int domElements;
        try
        {
            await page.GotoAsync(path);
            await content.WaitForAsync();
            await Assertions.Expect(page.GetByTestId("progress")).ToHaveCountAsync(0);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await QuietAsync(circuits);
            domElements = await page.EvaluateAsync<int>(CountElementsOutsideSvg);
        }
        finally
        {
            page.Request -= OnRequest;
            page.RequestFinished -= OnFinished;
            page.WebSocket -= OnWebSocket;
            foreach (var circuit in circuits)
            {
                circuit.Stop();
            }
        }

        var transfers = new List<PageTransfer>();
        foreach (var request in requests)
        {
            var bytes = finished.ContainsKey(request) && await request.SizesAsync() is { } sizes ? sizes.ResponseHeadersSize + sizes.ResponseBodySize : 0;
            transfers.Add(new PageTransfer($"{request.Method} {LocalPart(request.Url)}", bytes));
        }

        transfers.AddRange(circuits.Select(circuit => new PageTransfer($"WebSocket {LocalPart(circuit.Url)}", circuit.Bytes)));
        return new PageFootprint(name, path, domElements, transfers);
    }

    private static async Task QuietAsync(IEnumerable<CircuitFrames> circuits)
    {
        var waited = Stopwatch.StartNew();
        while (circuits.Any(circuit => circuit.Quiet < CircuitQuiet))
        {
            if (waited.Elapsed > SettleTimeout)
            {
                throw new TimeoutException($"The page's circuit was never quiet for {CircuitQuiet.TotalMilliseconds} ms within {SettleTimeout.TotalSeconds} s.");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>The address without its origin, and without its query's values (a circuit's id says nothing).</summary>
    private static string LocalPart(string url)
    {
        var address = new Uri(url);
        return address.Query.Length > 0 ? $"{address.AbsolutePath}?…" : address.AbsolutePath;
    }
}
