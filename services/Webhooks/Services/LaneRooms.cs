namespace PlanetTechCare.Webhooks.Services;

/// <summary>
/// What a claim may take per subscription: nothing for the <see cref="Full"/> lanes, the given room
/// for the lanes <see cref="Partial"/> (with deliveries under way), the whole lane for any other.
/// </summary>
public sealed record LaneRooms(Guid[] Full, Guid[] Partial, int[] PartialRooms);
