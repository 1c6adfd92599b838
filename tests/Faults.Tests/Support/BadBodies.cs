using System.Text;

namespace PlanetTechCare.Faults.Tests.Support;

/// <summary>
/// Request bodies no write endpoint may accept. Field-level values go in the string fields the
/// platform's requests have, but never in <c>name</c> alone, so no body is a complete valid request.
/// </summary>
public static class BadBodies
{
    private const string Json = "application/json";

    private static readonly string[] StringFields =
    [
        "legalName", "siren", "foreignRegistrationId", "website", "publicDescription", "category", "region", "sizeBand",
        "titleFr", "titleEn", "format", "meetingUrl", "replayUrl", "email", "organisation", "displayName", "organisationName",
        "role", "url", "reason", "by", "type", "slug", "title", "summary", "bodyMarkdown", "descriptionFr", "logoUrl",
    ];

    private static readonly (string Kind, string Value)[] BadStrings =
    [
        ("SQL injection", "'; DROP TABLE signatories; --"),
        ("SQL injection (tautology)", "' OR '1'='1"),
        ("SQL injection (union)", "x' UNION SELECT password_hash FROM asp_net_users --"),
        ("script injection", "<script>alert(document.cookie)</script>"),
        ("script injection (attribute)", "\"><img src=x onerror=alert(1)>"),
        ("javascript URL", "javascript:alert(1)"),
        ("NUL character", "before\u0000after"),
        ("control characters", "\u0001\u0002\u001b[31m\u007f"),
        ("right-to-left override", "\u202Egpj.exe"),
        ("over-long string", new string('x', 10_000)),
        ("path traversal", "../../../../etc/passwd"),
        ("template injection", "{{7*7}}${7*7}"),
    ];

    public static IEnumerable<(string Kind, byte[] Body, string? ContentType)> All()
    {
        yield return ("malformed JSON", Utf8("{\"legalName\": "), Json);
        yield return ("unclosed object", Utf8("{"), Json);
        yield return ("unclosed string", Utf8("{\"email\": \"abc"), Json);
        yield return ("trailing garbage", Utf8("{} {}"), Json);
        yield return ("trailing comma", Utf8("{\"reason\": \"x\",}"), Json);
        yield return ("single quotes", Utf8("{'reason': 'x'}"), Json);
        yield return ("comment", Utf8("/* hi */ {}"), Json);
        yield return ("JSON array", Utf8("[]"), Json);
        yield return ("JSON array of objects", Utf8("[{}, {}]"), Json);
        yield return ("JSON string", Utf8("\"<script>alert(1)</script>\""), Json);
        yield return ("JSON number", Utf8("42"), Json);
        yield return ("JSON boolean", Utf8("true"), Json);
        yield return ("JSON null", Utf8("null"), Json);
        yield return ("empty object", Utf8("{}"), Json);
        yield return ("empty body", [], Json);
        yield return ("whitespace body", Utf8("   \n"), Json);
        yield return ("wrong types", Utf8(WrongTypes()), Json);
        yield return ("number overflow", Utf8("{\"capacity\": 1e400, \"attended\": 99999999999999999999999, \"scopes\": [1e400]}"), Json);
        yield return ("deep nesting", Utf8(new string('[', 10_000) + new string(']', 10_000)), Json);
        yield return ("duplicate keys", Utf8("{\"consent\": true, \"consent\": \"no\", \"email\": 1, \"email\": {}}"), Json);
        yield return ("huge body", Utf8($"{{\"publicDescription\": \"{new string('x', 2 * 1024 * 1024)}\"}}"), Json);
        yield return ("invalid UTF-8 bytes", [.. Utf8("{\"legalName\": \""), 0xFF, 0xFE, 0xC3, .. Utf8("\"}")], Json);
        yield return ("overlong UTF-8 encoding", [.. Utf8("{\"email\": \""), 0xC0, 0xAF, 0xE0, 0x80, 0xAF, .. Utf8("\"}")], Json);
        yield return ("UTF-16 body labelled UTF-8", Encoding.Unicode.GetBytes("{\"reason\": \"x\"}"), Json);
        yield return ("lone surrogate escape", Utf8("{\"legalName\": \"\\ud800\", \"email\": \"\\udfff@example.org\"}"), Json);
        yield return ("text/plain content", Utf8("{\"reason\": \"x\"}"), "text/plain");
        yield return ("XML content", Utf8("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><a>&e;</a>"), "application/xml");
        yield return ("form content", Utf8("reason=x&by=y"), "application/x-www-form-urlencoded");
        yield return ("multipart content", Utf8("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--b--\r\n"), "multipart/form-data; boundary=b");
        yield return ("no content type", Utf8("{\"reason\": \"x\"}"), null);
        yield return ("unsupported charset", Utf8("{\"reason\": \"x\"}"), "application/json; charset=ebcdic-cp-us");
        foreach (var (kind, value) in BadStrings)
        {
            yield return (kind, Utf8(EveryStringField(value)), Json);
        }
    }

    private static string EveryStringField(string value)
    {
        var escaped = System.Text.Json.JsonSerializer.Serialize(value);
        return "{" + string.Join(", ", StringFields.Select(field => $"\"{field}\": {escaped}")) + "}";
    }

    private static string WrongTypes() => """
        {"legalName": 1, "consent": "yes", "capacity": "many", "startsAt": true, "endsAt": [], "scopes": "admin",
         "eventTypes": {"a": 1}, "themes": 7, "contact": "x", "signer": [], "email": false, "url": 3.5,
         "expertise": "eco-design", "regions": {}, "references": "x", "attendedEmails": 5, "type": [], "name": {}}
        """;

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
