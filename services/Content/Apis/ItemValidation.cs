using PlanetTechCare.Content.Domain;
using PlanetTechCare.ServiceDefaults.Security;

namespace PlanetTechCare.Content.Apis;

/// <summary>Per-field checks of staff input, collected for one validation problem.</summary>
public static class ItemValidation
{
    public static bool IsKeyword(string? value, int maxLength) =>
        value is { Length: > 0 } && value.Length <= maxLength && Slugs.IsValid(value);

    public static string? PlainText(Dictionary<string, string[]> errors, string field, string? value, int maxLength, bool required, bool multiline = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors[field] = ["This field is required."];
            }

            return null;
        }

        var text = value.Trim();
        if (text.Length > maxLength)
        {
            errors[field] = [$"At most {maxLength} characters."];
        }
        else if (text.Any(c => char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t')))
        {
            errors[field] = ["Control characters are not allowed."];
        }

        return text;
    }

    public static string By(Dictionary<string, string[]> errors, string? by, HttpRequest request) =>
        Actor.Describe(request.HttpContext.User, PlainText(errors, "by", by, Limits.PersonName, required: false));

    public static IReadOnlyList<string> Keywords(Dictionary<string, string[]> errors, string field, IReadOnlyList<string?>? values, int maxCount, int maxLength)
    {
        var list = values ?? [];
        if (list.Count > maxCount || list.Any(v => !IsKeyword(v, maxLength)))
        {
            errors[field] = [$"At most {maxCount} values, each a lower-case slug (a-z, 0-9, '-') of at most {maxLength} characters."];
            return [];
        }

        return [.. list.Select(v => v!).Distinct()];
    }

    public static string? Url(Dictionary<string, string[]> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (value.Length > Limits.Url || !Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            errors[field] = [$"An absolute http(s) URL of at most {Limits.Url} characters."];
        }

        return value.Trim();
    }

    /// <summary>Checks a version; the slug is null when it is to be generated from the title.</summary>
    public static (string Title, string Summary, string Body, string? Slug)? Version(Dictionary<string, string[]> errors, string prefix, VersionRequest request)
    {
        var before = errors.Count;
        var title = PlainText(errors, prefix + "title", request.Title, Limits.Title, required: true);
        var summary = PlainText(errors, prefix + "summary", request.Summary, Limits.Summary, required: false, multiline: true) ?? string.Empty;
        var body = request.Body ?? string.Empty;
        if (body.Length > Limits.Body)
        {
            errors[prefix + "body"] = [$"At most {Limits.Body} characters."];
        }
        else if (body.Contains('\0', StringComparison.Ordinal))
        {
            errors[prefix + "body"] = ["The NUL character is not allowed."];
        }

        var slug = string.IsNullOrWhiteSpace(request.Slug) ? null : request.Slug.Trim();
        if (slug is not null && !Slugs.IsValid(slug))
        {
            errors[prefix + "slug"] = [$"A slug is lower-case letters and digits in words joined by single hyphens, at most {Limits.Slug} characters."];
        }

        return errors.Count > before ? null : (title!, summary, body, slug);
    }
}
