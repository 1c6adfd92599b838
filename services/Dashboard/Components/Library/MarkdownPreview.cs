using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Components;

namespace PlanetTechCare.Dashboard.Components.Library;

/// <summary>Markdown rendered as the library renders it, raw HTML escaped and the result sanitised.</summary>
public static class MarkdownPreview
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();
    private static readonly HtmlSanitizer Sanitizer = new();

    public static MarkupString Render(string? markdown) =>
        new(Sanitizer.Sanitize(Markdown.ToHtml(markdown ?? string.Empty, Pipeline)));
}
