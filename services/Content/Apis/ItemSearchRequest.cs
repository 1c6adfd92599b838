using System.ComponentModel.DataAnnotations;
using System.Globalization;
using PlanetTechCare.Content.Data.Search;
using PlanetTechCare.Content.Domain;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Validation;

namespace PlanetTechCare.Content.Apis;

/// <summary>
/// <c>?q=&amp;type=&amp;theme=&amp;tag=&amp;language=&amp;from=&amp;to=&amp;sort=newest|relevance</c> (with
/// <see cref="LanguageChoice"/> and <see cref="PageRequest"/>). Dates are read as text: a date
/// alone or a date and time, a date alone as <c>to</c> including that whole day.
/// </summary>
public sealed record ItemSearchRequest : IValidatableObject
{
    public const int MaxQueryLength = 200;
    public const int MaxDateLength = 40;
    public const string Newest = "newest";
    public const string Relevance = "relevance";

    [Text(MaxQueryLength)]
    public string? Q { get; init; }

    [OneOf(typeof(ItemTypes), nameof(ItemTypes.All))]
    public string? Type { get; init; }

    [Text(Limits.Theme), Slug]
    public string? Theme { get; init; }

    [Text(Limits.Tag), Slug]
    public string? Tag { get; init; }

    [OneOf(typeof(ServedLanguages), nameof(ServedLanguages.All))]
    public string? Language { get; init; }

    [Text(MaxDateLength)]
    public string? From { get; init; }

    [Text(MaxDateLength)]
    public string? To { get; init; }

    [OneOf(Newest, Relevance)]
    public string? Sort { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (From is not null && Date(From) is null)
        {
            yield return new ValidationResult(ValidationMessages.IsoDate, [nameof(From)]);
        }

        if (To is not null && Date(To) is null)
        {
            yield return new ValidationResult(ValidationMessages.IsoDate, [nameof(To)]);
        }
    }

    public ItemSearchCriteria ToCriteria(PageRequest page) => new(
        Blank(Q) ? null : Q!.Trim(),
        Type, Blank(Theme) ? null : Theme, Blank(Tag) ? null : Tag, Language,
        From is null ? null : Date(From),
        To is null ? null : EndOf(To),
        Sort == Relevance && !Blank(Q),
        page.Skip, page.Size);

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);

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
