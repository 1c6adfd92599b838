namespace PlanetTechCare.Notifications.Tests.Support;

/// <summary>A page of the staff message list.</summary>
public sealed record MessagePageDto(List<MessageDto> Items, int Page, int PageSize, long Total);
