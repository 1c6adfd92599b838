namespace PlanetTechCare.ServiceDefaults.Apis;

/// <summary>The <c>?page=&amp;pageSize=</c> query of every list endpoint.</summary>
public sealed record PageRequest(int? Page, int? PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public int PageNumber => Page ?? 1;

    public int Size => PageSize ?? DefaultPageSize;

    public int Skip => (PageNumber - 1) * Size;

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
}
