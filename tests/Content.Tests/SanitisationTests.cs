using System.Net.Http.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PlanetTechCare.Content.Tests.Support;

namespace PlanetTechCare.Content.Tests;

[Collection(ContentCollection.Name)]
public sealed partial class SanitisationTests(ContentFixture fixture)
{
    private readonly ContentDriver _content = new(fixture);

    /// <summary>Classic cross-site scripting payloads, as Markdown bodies.</summary>
    public static TheoryData<string> Payloads =>
    [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "<img src=x onerror=alert(1)>",
        "<img src=\"x\" OnError=\"alert(document.cookie)\">",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<body onload=alert(1)>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](javascript&#58;alert(1))",
        "[click](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<a href=\" javascript:alert(1)\">x</a>",
        "![x](javascript:alert(1))",
        "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "[x](data:text/html,<script>alert(1)</script>)",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<div style=\"width: expression(alert(1))\">x</div>",
        "<style>body{background:url(\"javascript:alert(1)\")}</style>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<form action=\"javascript:alert(1)\"><button>go</button></form>",
        "<input autofocus onfocus=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<video><source onerror=\"alert(1)\"></video>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<link rel=stylesheet href=\"javascript:alert(1)\">",
        "<p title=\"</p><script>alert(1)</script>\">x</p>",
        "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
        "<a href=\"#\" onclick=\"alert(1)\">x</a>",
        "`<script>alert(1)</script>` and <marquee onstart=alert(1)>x</marquee>",
    ];

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task No_script_survives_in_the_served_html(string payload)
    {
        var item = await _content.PublishedAsync(ContentDriver.Item(
            ContentDriver.Version("XSS " + ContentDriver.UniqueWord(), body: "Avant.\n\n" + payload + "\n\nAprès.")));

        var served = (await _content.PublicItemAsync(item.Id)).BodyHtml!;

        AssertSafe(served);
        Assert.Contains("Avant.", served, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_feed_serves_only_the_sanitised_html()
    {
        var word = ContentDriver.UniqueWord();
        await _content.PublishedAsync(ContentDriver.Item(ContentDriver.Version("Flux " + word,
            body: "<img src=x onerror=alert(1)><script>alert(2)</script>[x](javascript:alert(3))")));

        var feed = XDocument.Parse(await _content.Http.GetStringAsync("/api/v1/content/feed.atom?lang=fr"));

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = feed.Root!.Elements(atom + "entry").Single(e => e.Element(atom + "title")!.Value == "Flux " + word);
        AssertSafe(entry.Element(atom + "content")!.Value);
    }

    [Fact]
    public async Task A_title_with_markup_is_kept_as_plain_text()
    {
        var title = "<script>alert(1)</script> Titre " + ContentDriver.UniqueWord();
        var item = await _content.PublishedAsync(ContentDriver.Item(ContentDriver.Version(title)));

        var json = await _content.Http.GetStringAsync($"/api/v1/content/items/{item.Id}");
        var served = await _content.PublicItemAsync(item.Id);

        Assert.Equal(title, served.Title);
        Assert.DoesNotContain("<script", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Ordinary_markdown_is_rendered()
    {
        var item = await _content.CreateAsync(ContentDriver.Item(ContentDriver.Version("Rendu " + ContentDriver.UniqueWord(),
            body: "## Titre\n\nDu **gras**, un [lien](https://example.org) et une liste :\n\n- un\n- deux\n")));

        var html = item.Version("fr").BodyHtml;

        Assert.Contains("<h2", html, StringComparison.Ordinal);
        Assert.Contains("<strong>gras</strong>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org\"", html, StringComparison.Ordinal);
        Assert.Contains("<li>deux</li>", html, StringComparison.Ordinal);
    }

    private static void AssertSafe(string html)
    {
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(EventHandlerAttribute(), html);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<object", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<embed", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<meta", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<base", html, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>An <c>on…=</c> attribute inside a tag.</summary>
    [GeneratedRegex(@"<[^>]*\son\w+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();
}
