using System.Net.Http.Headers;

namespace PlanetTechCare.Faults.Tests.Support;

/// <summary>One bad request: its kind, method, raw path (sent as written) and body.</summary>
public sealed record BadInput(string Kind, string Method, string Path, byte[]? Body, string? ContentType)
{
    private const int LargeBody = 64 * 1024;
    private static readonly UriCreationOptions AsWritten = new() { DangerousDisablePathAndQueryCanonicalization = true };

    /// <summary>Rejected by Kestrel before the application: a 4xx, but with no problem details.</summary>
    public bool AnsweredByKestrel { get; init; }

    /// <summary>The parameter the problem's <c>errors</c> must name (a bad query value), if any.</summary>
    public string? Field { get; init; }

    public HttpRequestMessage ToRequest(Uri gateway)
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), new Uri(gateway.GetLeftPart(UriPartial.Authority) + Path, AsWritten));
        if (Body is not null)
        {
            // As a careful client does, a large body waits for the server's go-ahead, so that
            // a 413 answer is read rather than lost in a connection closed while still sending.
            request.Headers.ExpectContinue = Body.Length > LargeBody;
            request.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType);
            }
        }

        return request;
    }

    public override string ToString() => $"{Kind}: {Method} {(Path.Length > 120 ? Path[..120] + "…" : Path)}";
}
