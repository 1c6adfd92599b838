using PlanetTechCare.Dashboard.Api.Workshops;
using PlanetTechCare.Dashboard.Components.Shared;

namespace PlanetTechCare.Dashboard.Components.Workshops;

/// <summary>What the workshop form edits: dates and times in Europe/Paris, lists as text.</summary>
public sealed class WorkshopFormModel
{
    public Guid? Id { get; init; }

    /// <summary>Sent with a creation so a retried submit does not create a second workshop.</summary>
    public string IdempotencyKey { get; } = Guid.NewGuid().ToString();

    public string? TitleFr { get; set; }

    public string? TitleEn { get; set; }

    public string? SummaryFr { get; set; }

    public string? SummaryEn { get; set; }

    public string Format { get; set; } = "conference";

    public string? Themes { get; set; }

    public IReadOnlyCollection<Guid> PartnerIds { get; set; } = [];

    public List<SpeakerRow> Speakers { get; set; } = [];

    public DateTime? Date { get; set; }

    public TimeSpan? StartTime { get; set; } = new(11, 0, 0);

    public TimeSpan? EndTime { get; set; } = new(12, 30, 0);

    public string? MeetingUrl { get; set; }

    public int? Capacity { get; set; } = 150;

    public static WorkshopFormModel New() => new() { Date = DateTime.Today.AddDays(30) };

    public static WorkshopFormModel From(StaffWorkshop staff)
    {
        var w = staff.Workshop;
        var start = ParisTime.ToParis(w.StartsAt);
        var end = ParisTime.ToParis(w.EndsAt);
        return new WorkshopFormModel
        {
            Id = staff.Id, TitleFr = w.Title.Fr, TitleEn = w.Title.En, SummaryFr = w.Summary?.Fr, SummaryEn = w.Summary?.En,
            Format = w.Format, Themes = string.Join(", ", w.Themes), PartnerIds = [.. w.Partners.Select(p => p.PartnerId)],
            Speakers = [.. w.Speakers], Date = start.Date, StartTime = start.TimeOfDay, EndTime = end.TimeOfDay,
            MeetingUrl = staff.MeetingUrl, Capacity = w.Capacity,
        };
    }

    public WorkshopEdit ToRequest() => new(
        TitleFr, TitleEn, SummaryFr, SummaryEn, Format,
        [.. (Themes ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        [.. PartnerIds], [.. Speakers.Where(s => !string.IsNullOrWhiteSpace(s.Name))],
        Date is { } day && StartTime is { } start ? ParisTime.At(day, start) : null,
        Date is { } endDay && EndTime is { } end ? ParisTime.At(endDay, end) : null,
        string.IsNullOrWhiteSpace(MeetingUrl) ? null : MeetingUrl, Capacity, null, null);
}
