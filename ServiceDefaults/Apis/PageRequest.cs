using PlanetTechCare.ServiceDefaults.Validation;

namespace PlanetTechCare.ServiceDefaults.Apis;

/// <summary>The <c>?page=&amp;pageSize=</c> query of every list endpoint, bound with <c>[AsParameters]</c> and validated before the handler runs.</summary>
public sealed record PageRequest([Between(1, PageRequest.MaxPage)] int? Page, [Between(1, PageRequest.MaxPageSize)] int? PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>The last page that can be asked for: its first row still counts in an <see cref="int"/>.</summary>
    public const int MaxPage = int.MaxValue / MaxPageSize;

    public int PageNumber => Page ?? 1;

    public int Size => PageSize ?? DefaultPageSize;

    public int Skip => (PageNumber - 1) * Size;
}
