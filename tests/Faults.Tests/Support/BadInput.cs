using System.Net.Http.Headers;

namespace PlanetTechCare.Faults.Tests.Support;

/// <summary>One bad request: its kind, method, raw path (sent as written) and body.</summary>
public sealed record BadInput(string Kind, string Method, string Path, byte[]? Body, string? ContentType)
{
    private static readonly UriCreationOptions AsWritten = new() { DangerousDisablePathAndQueryCanonicalization = true };

    public HttpRequestMessage ToRequest(Uri gateway)
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), new Uri(gateway.GetLeftPart(UriPartial.Authority) + Path, AsWritten));
        if (Body is not null)
        {
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
