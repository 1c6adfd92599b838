using PlanetTechCare.ServiceDefaults.Validation;

namespace PlanetTechCare.ServiceDefaults.Apis;

/// <summary>
/// The <c>?page=&amp;pageSize=</c> query of every list endpoint, bound with <c>[AsParameters]</c> and
/// validated before the handler runs. A query record declares its fields as properties: the OpenAPI
/// document generator cannot read validation attributes on a positional record's parameters.
/// </summary>
public sealed record PageRequest
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>The last page that can be asked for: its first row still counts in an <see cref="int"/>.</summary>
    public const int MaxPage = int.MaxValue / MaxPageSize;

    [Between(1, MaxPage)]
    public int? Page { get; init; }

    [Between(1, MaxPageSize)]
    public int? PageSize { get; init; }

    public int PageNumber => Page ?? 1;

    public int Size => PageSize ?? DefaultPageSize;

    public int Skip => (PageNumber - 1) * Size;
}
