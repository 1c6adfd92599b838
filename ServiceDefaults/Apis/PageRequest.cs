using System.Globalization;

namespace PlanetTechCare.ServiceDefaults.Apis;

/// <summary>The <c>?page=&amp;pageSize=</c> query of every list endpoint.</summary>
public sealed record PageRequest(int? Page, int? PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public int PageNumber => Page ?? 1;

    public int Size => PageSize ?? DefaultPageSize;

    public int Skip => (PageNumber - 1) * Size;

    /// <summary>
    /// Page and size as the query string gives them, read as text so that a value that is not a
    /// whole number ("abc") is a validation error naming it; the errors include <see cref="Validate"/>'s.
    /// </summary>
    public static (PageRequest Paging, Dictionary<string, string[]> Errors) FromQuery(string? page, string? pageSize)
    {
        var paging = new PageRequest(WholeNumber(page), WholeNumber(pageSize));
        var errors = paging.Validate();
        if (page is not null && paging.Page is null)
        {
            errors["page"] = ["The page must be a whole number."];
        }

        if (pageSize is not null && paging.PageSize is null)
        {
            errors["pageSize"] = ["The page size must be a whole number."];
        }

        return (paging, errors);
    }

    /// <summary>Per-field errors for a validation problem; empty when the request is valid.</summary>
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (PageNumber < 1)
        {
            errors["page"] = ["The page must be 1 or more."];
        }

        if (Size is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"The page size must be between 1 and {MaxPageSize}."];
        }

        return errors;
    }

    private static int? WholeNumber(string? value) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;
}
