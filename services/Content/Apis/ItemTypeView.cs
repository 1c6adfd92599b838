using PlanetTechCare.Content.Domain;
using PlanetTechCare.Contracts;

namespace PlanetTechCare.Content.Apis;

/// <summary>A kind of library item: the value items and the Atom feed's categories carry, and its name in both languages.</summary>
public sealed record ItemTypeView(string Value, LocalizedText Label)
{
    public static IReadOnlyList<ItemTypeView> All { get; } =
        [.. ItemTypes.All.Select(type => new ItemTypeView(type, new LocalizedText(ItemTypes.Labels[type].Fr, ItemTypes.Labels[type].En)))];
}
