using System.Globalization;
using PlanetTechCare.Content.Data.Search;
using PlanetTechCare.Content.Domain;
using PlanetTechCare.ServiceDefaults.Apis;

namespace PlanetTechCare.Content.Apis;

/// <summary>
/// <c>?q=&amp;type=&amp;theme=&amp;tag=&amp;language=&amp;from=&amp;to=&amp;sort=newest|relevance&amp;lang=</c> (with <see cref="PageRequest"/>).
/// Dates are read as text so that a bad one is a validation error naming it.
/// </summary>
public sealed record ItemSearchRequest(
    string? Q, string? Type, string? Theme, string? Tag, string? Language, string? From, string? To,
    string? Sort, string? Lang)
{
    public const int MaxQueryLength = 200;

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();

        if (Q is { Length: > MaxQueryLength } || Q?.Any(char.IsControl) == true)
        {
            errors["q"] = [$"The search text must be at most {MaxQueryLength} characters, without control characters."];
        }

        if (Type is not null && !ItemTypes.All.Contains(Type))
        {
            errors["type"] = [$"Unknown type '{Type}'; known: {string.Join(", ", ItemTypes.All)}."];
        }

        if (Theme is not null && !ItemValidation.IsKeyword(Theme, Limits.Theme))
        {
            errors["theme"] = ["A theme is a lower-case slug (a-z, 0-9, '-')."];
        }

        if (Tag is not null && !ItemValidation.IsKeyword(Tag, Limits.Tag))
        {
            errors["tag"] = ["A tag is a lower-case slug (a-z, 0-9, '-')."];
        }

        if (Language is not null && !Languages.IsKnown(Language))
        {
            errors["language"] = [$"Unknown language '{Language}'; known: {string.Join(", ", Languages.All)}."];
        }

        if (From is not null && Date(From) is null)
        {
            errors["from"] = ["An ISO-8601 date or date and time (2026-05-01, 2026-05-01T12:00:00Z)."];
        }

        if (To is not null && Date(To) is null)
        {
            errors["to"] = ["An ISO-8601 date or date and time (2026-05-01, 2026-05-01T12:00:00Z)."];
        }

        if (Sort is not null and not ("newest" or "relevance"))
        {
            errors["sort"] = ["The sort is 'newest' (default) or 'relevance'."];
        }

        return errors;
    }

    public ItemSearchCriteria ToCriteria(PageRequest page) => new(
        string.IsNullOrWhiteSpace(Q) ? null : Q.Trim(),
        Type, Theme, Tag, Language,
        From is null ? null : Date(From),
        To is null ? null : EndOf(To),
        Sort == "relevance" && !string.IsNullOrWhiteSpace(Q),
        page.Skip, page.Size);

    private static DateTimeOffset? Date(string value)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            && value.Contains('T', StringComparison.Ordinal)
            ? moment.ToUniversalTime()
            : null;
    }

    /// <summary>A date alone as <c>to</c> includes that whole day.</summary>
    private static DateTimeOffset? EndOf(string value) =>
        value.Length == 10 && Date(value) is { } day ? day.AddDays(1).AddTicks(-10) : Date(value);
}
