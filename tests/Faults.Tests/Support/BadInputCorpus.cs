using System.Text;
using System.Text.RegularExpressions;
namespace PlanetTechCare.Faults.Tests.Support;

/// <summary>
/// Bad requests to every write operation the services document: bad bodies, tricks in the path
/// parameters, and the methods the path does not have.
/// </summary>
public static partial class BadInputCorpus
{
    private const string EmptyJson = "{}";
    private static readonly string[] WriteMethods = ["POST", "PUT", "PATCH", "DELETE"];
    private static readonly string[] OtherMethods = ["POST", "PUT", "PATCH", "DELETE", "PURGE"];

    /// <summary>
    /// Kestrel answers these itself, with an empty body, before any middleware runs (it offers no
    /// hook to shape that answer): a NUL byte in the request target, a request line over 8 KB.
    /// </summary>
    private static readonly (string Kind, string Value)[] TricksKestrelRejects =
    [
        ("NUL byte", "abc%00def"),
        ("request line over 8 KB", new string('9', 9_000)),
    ];

    private static readonly (string Kind, string Value)[] PathTricks =
    [
        ("dot-dot segment", ".."),
        ("encoded dot-dot", "%2e%2e"),
        ("encoded slash traversal", "..%2F..%2F..%2Fidentity%2Fclients"),
        ("double-encoded slash", "%252F..%252F"),
        ("backslash traversal", "..%5C..%5Cwindows"),
        ("encoded slash", "a%2Fb"),
        ("over-long id", new string('9', 2_000)),
        ("SQL injection id", "1'%20OR%20'1'%3D'1"),
        ("script id", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
        ("overlong UTF-8 slash", "%C0%AF"),
        ("invalid UTF-8", "%FF%FE%C3"),
        ("GUID with a digit too many", "00000000-0000-0000-0000-0000000000000"),
        ("negative number", "-1"),
    ];

    public static List<BadInput> For(IReadOnlyList<ApiOperation> operations)
    {
        var writes = operations.Where(o => WriteMethods.Contains(o.Method)).ToList();
        var corpus = new List<BadInput>();
        foreach (var operation in writes)
        {
            if (operation.Method != "DELETE")
            {
                corpus.AddRange(BadBodies.All().Select(body => new BadInput(body.Kind, operation.Method, operation.SamplePath, body.Body, body.ContentType)));
            }

            corpus.AddRange(WithTricks(operation, PathTricks, answeredByKestrel: false));
            corpus.AddRange(WithTricks(operation, TricksKestrelRejects, answeredByKestrel: true));
        }

        foreach (var path in writes.Select(o => o.PathTemplate).Distinct())
        {
            var documented = operations.Where(o => o.PathTemplate == path).Select(o => o.Method).ToHashSet();
            var sample = writes.First(o => o.PathTemplate == path).SamplePath;
            corpus.AddRange(OtherMethods.Where(method => !documented.Contains(method))
                .Select(method => new BadInput("wrong method", method, sample, Encoding.UTF8.GetBytes(EmptyJson), "application/json")));
        }

        return corpus;
    }

    private static IEnumerable<BadInput> WithTricks(ApiOperation operation, (string Kind, string Value)[] tricks, bool answeredByKestrel) =>
        tricks.Select(trick => new BadInput(
            trick.Kind,
            operation.Method,
            Parameter().IsMatch(operation.PathTemplate)
                ? Parameter().Replace(operation.PathTemplate, trick.Value)
                : $"{operation.PathTemplate}/{trick.Value}",
            Encoding.UTF8.GetBytes(EmptyJson),
            "application/json")
        { AnsweredByKestrel = answeredByKestrel });

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
