using System.Text.RegularExpressions;

namespace PlanetTechCare.Rules.Tests;

/// <summary>
/// The details the services and the gateway can write in a problem, read from their sources where a
/// detail is written: a refused move (<c>InvalidTransitionException</c>), a problem's or a
/// conflict's detail, and the texts that become a detail through a value (a listing's publish
/// blocker, a failed verification's reason, a slug already used), the messages a service writes
/// under a field itself, a webhook target's refusal and why an attempt to reach a receiver failed.
/// A new text written at one of these places is found without being listed here; each hole of an
/// interpolated text is filled with a sample of what it holds, so the text reads as the dashboard
/// receives it. The messages a service takes from shared code are in <see cref="SharedMessageTexts"/>.
/// </summary>
internal static partial class ServiceDetailTexts
{
    private const string Literal = @"\$?""(?:[^""\\\r\n]|\\.)*""";

    /// <summary>A method's body between its braces, nested blocks and interpolation holes included: every literal in it is read.</summary>
    private const string Body = @"\{(?<values>(?>[^{}]+|\{(?<open>)|\}(?<-open>))*(?(open)(?!)))\}";

    /// <summary>Where a detail is written; the literals inside <c>values</c> are details.</summary>
    public static IReadOnlyDictionary<string, Regex> Sites { get; } = new Dictionary<string, Regex>
    {
        ["refused move"] = Site($@"new InvalidTransitionException\(\s*(?<values>{Literal})"),
        ["problem detail"] = Site($@"TypedResults\.Problem\(\s*(?<values>{Literal})"),
        ["named detail"] = Site($@"\bdetail:\s*(?<values>{Literal})"),
        ["detail property"] = Site($@"\bDetail\s*=\s*(?<values>{Literal})"),
        ["conflict detail"] = Site($@"ProblemTypes\.Conflict\(\s*[\w.]+,\s*{Literal},\s*(?<values>{Literal})"),
        ["content conflict"] = Site($@"StaffContentApi\.(?:Taken|ChangedMeanwhile)\(\s*(?<values>{Literal})"),
        ["unknown filter"] = Site($@"NotFound\(\s*""\w+"",\s*{Literal},\s*(?<values>{Literal})\)"),
        ["slug conflict"] = Site($@"return \(null,\s*(?<values>{Literal})\)"),
        ["publish blocker"] = Site(@"PublishBlocker\(\)\s*=>(?<values>[^;]*);"),
        ["verification reason"] = Site(@"\.VerificationFailed\((?<values>[^;]*);"),
        ["field message"] = Site($@"\[[^\[\]\r\n]+\]\s*=\s*\[\s*(?<values>{Literal}(?:\s*,\s*{Literal})*)\s*\]"),
        ["target refusal"] = Site($@"\bRefusalAsync\([^)]*\)\s*{Body}"),
        ["forbidden address"] = Site($@"new ForbiddenAddressException\(\s*(?<values>{Literal})"),
        ["failed attempt"] = Site($@"new AttemptResult\([^;]*?(?<values>{Literal})\)"),
        ["attempt failure reason"] = Site(@"\bFailureReason\([^)]*\)\s*=>(?<values>[^;]*);"),
    };

    /// <summary>What each hole of an interpolated detail holds, as the API writes it.</summary>
    public static IReadOnlyDictionary<string, string> Samples { get; } = new Dictionary<string, string>
    {
        ["Status"] = "Rejected",
        ["to"] = "Approved",
        ["link"] = "https://gateway.example/api/v1/signatories/staff/0197c3a2-5b1e-7c3d-9e4f-2a6b8c0d1e2f",
        ["Named(Status)"] = "draft",
        ["language"] = "en",
        ["slug"] = "guide-de-mesure",
        ["workshopId"] = "0197c3a2-5b1e-7c3d-9e4f-2a6b8c0d1e2f",
        ["theme"] = "eco-design",
        ["id"] = "0197c3a2-5b1e-7c3d-9e4f-2a6b8c0d1e2f",
        ["SubscriptionView.StatusText(subscription.Status)"] = "paused",
        ["code"] = "500",
        ["result.Error"] = "Timed out.",
        ["Standing"] = "Suspended",
        ["charset"] = "utf-16",
        ["field"] = "capacity",
        ["workshop.ConfirmedCount"] = "12",
        ["target.Host"] = "hooks.example.org",
        ["context.DnsEndPoint.Host"] = "hooks.example.org",
        ["refused"] = "10.0.0.1",
        ["connected.Address"] = "10.0.0.1",
    };

    /// <summary>Every detail text found (as written in the source, holes included), with where it was found.</summary>
    public static IReadOnlyList<(string Site, string Text, string File)> Found { get; } = Find();

    /// <summary>The text with each hole filled from <see cref="Samples"/>; the holes without a sample are named.</summary>
    public static (string Sample, IReadOnlyList<string> Unknown) Fill(string text)
    {
        var unknown = new List<string>();
        var sample = Hole().Replace(text, hole =>
        {
            var expression = hole.Groups["expression"].Value;
            if (Samples.TryGetValue(expression, out var value))
            {
                return value;
            }

            unknown.Add(expression);
            return hole.Value;
        });
        return (sample, unknown);
    }

    private static List<(string Site, string Text, string File)> Find()
    {
        var root = RepositoryRoot();
        var sources = new[] { "services", "ServiceDefaults", "gateway" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            .Select(file => Path.GetRelativePath(root, file))
            .Where(IsServiceSource);
        var found = new List<(string, string, string)>();
        foreach (var file in sources.Order(StringComparer.Ordinal))
        {
            var code = File.ReadAllText(Path.Combine(root, file));
            foreach (var (site, pattern) in Sites)
            {
                foreach (Match match in pattern.Matches(code))
                {
                    found.AddRange(LiteralPattern().Matches(match.Groups["values"].Value)
                        .Select(literal => (site, Unquote(literal.Value), file)));
                }
            }
        }

        return found;
    }

    /// <summary>A source file of a service, not of the dashboard (which receives the details), nor a build output.</summary>
    private static bool IsServiceSource(string file)
    {
        var parts = file.Split(Path.DirectorySeparatorChar);
        return parts is not ["services", "Dashboard", ..] && !parts.Any(part => part is "obj" or "bin");
    }

    /// <summary>The text of a literal; an interpolated one keeps its holes, <c>{Status}</c>.</summary>
    private static string Unquote(string literal) =>
        literal.TrimStart('$')[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);

    private static Regex Site(string pattern) => new(pattern, RegexOptions.ExplicitCapture);

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PlanetTechCare.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("The tests run inside the repository, under PlanetTechCare.sln.");
    }

    [GeneratedRegex(Literal)]
    private static partial Regex LiteralPattern();

    [GeneratedRegex(@"\{(?<expression>[^{}:]+)(?::[^{}]*)?\}")]
    private static partial Regex Hole();
}
