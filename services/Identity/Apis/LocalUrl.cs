namespace PlanetTechCare.Identity.Apis;

/// <summary>Only paths of this site are followed after sign-in, never another host (open redirect).</summary>
public static class LocalUrl
{
    public static bool IsLocal(string? url) =>
        url is { Length: > 0 }
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));

    public static string OrDefault(string? url, string fallback) => IsLocal(url) ? url! : fallback;
}
