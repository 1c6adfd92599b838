using PlanetTechCare.Content.Domain;
using PlanetTechCare.ServiceDefaults.Validation;

namespace PlanetTechCare.Content.Apis;

/// <summary>The staff list's <c>?status=&amp;type=&amp;workshopId=</c>, bound with <c>[AsParameters]</c>.</summary>
public sealed record StaffItemFilter
{
    private static readonly Dictionary<string, ItemStatus> Statuses = Enum.GetValues<ItemStatus>()
        .ToDictionary(s => LocalizedView.StatusName(s), StringComparer.Ordinal);

    public static IReadOnlyList<string> StatusNames => [.. Statuses.Keys];

    [OneOf(typeof(StaffItemFilter), nameof(StatusNames))]
    public string? Status { get; init; }

    [OneOf(typeof(ItemTypes), nameof(ItemTypes.All))]
    public string? Type { get; init; }

    public Guid? WorkshopId { get; init; }

    public IQueryable<ContentItem> Apply(IQueryable<ContentItem> items)
    {
        if (Status is not null)
        {
            var wanted = Statuses[Status];
            items = items.Where(i => i.Status == wanted);
        }

        if (Type is { } type)
        {
            items = items.Where(i => i.Type == type);
        }

        if (WorkshopId is { } workshop)
        {
            items = items.Where(i => i.WorkshopId == workshop);
        }

        return items;
    }
}
