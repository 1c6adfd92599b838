using System.ComponentModel.DataAnnotations;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Validation;
using PlanetTechCare.Workshops.Domain;

namespace PlanetTechCare.Workshops.Apis;

/// <summary>
/// A workshop as staff create or edit it: a title in French or English, the end after the start and
/// registration closing after it opens. Times are ISO-8601 with an offset (stored UTC).
/// </summary>
public sealed record WorkshopRequest(
    [property: Text(Limits.Title)] string? TitleFr,
    [property: Text(Limits.Title)] string? TitleEn,
    [property: Text(Limits.Summary, Multiline = true)] string? SummaryFr,
    [property: Text(Limits.Summary, Multiline = true)] string? SummaryEn,
    [property: RequiredField, OneOf(typeof(WorkshopFormats), nameof(WorkshopFormats.All))] string? Format,
    [property: Items(Limits.MaxThemes), Text(Limits.Theme), Slug] IReadOnlyList<string>? Themes,
    [property: Items(Limits.MaxPartners)] IReadOnlyList<Guid>? PartnerIds,
    [property: Items(Limits.MaxSpeakers)] IReadOnlyList<SpeakerRequest>? Speakers,
    [property: RequiredField] DateTimeOffset? StartsAt,
    [property: RequiredField] DateTimeOffset? EndsAt,
    [property: Text(Limits.Url), HttpUrl] string? MeetingUrl,
    [property: RequiredField, Between(1, Limits.MaxCapacity)] int? Capacity,
    DateTimeOffset? RegistrationOpensAt,
    DateTimeOffset? RegistrationClosesAt) : IExampleBody<WorkshopRequest>, IValidatableObject
{
    /// <summary>The example the API documents show.</summary>
    public static WorkshopRequest Example => new(
        "Mesurer l'empreinte environnementale d'un service numérique", "Measuring the environmental footprint of a digital service",
        "Méthodes et outils pour mesurer, puis réduire, les impacts d'un service numérique.",
        "Methods and tools to measure, then reduce, the impacts of a digital service.",
        WorkshopFormats.Webinar, ["impact-measurement"], [], [new SpeakerRequest("Marie Dupont", "Boavizta", "Co-fondatrice", null)],
        new DateTimeOffset(2027, 1, 14, 10, 0, 0, TimeSpan.FromHours(1)), new DateTimeOffset(2027, 1, 14, 11, 30, 0, TimeSpan.FromHours(1)),
        "https://meet.example.org/ptc-2027-01", 150, null, null);

    public WorkshopContent ToContent() => new(
        TitleFr.TrimmedOrNull(), TitleEn.TrimmedOrNull(), SummaryFr.TrimmedOrNull(), SummaryEn.TrimmedOrNull(), Format!,
        [.. (Themes ?? []).Distinct()], [.. (PartnerIds ?? []).Distinct()], [.. (Speakers ?? []).Select(s => s.ToSpeaker())],
        StartsAt!.Value.ToUniversalTime(), EndsAt!.Value.ToUniversalTime(), MeetingUrl.TrimmedOrNull(), Capacity!.Value,
        RegistrationOpensAt?.ToUniversalTime(), RegistrationClosesAt?.ToUniversalTime());

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(TitleFr) && string.IsNullOrWhiteSpace(TitleEn))
        {
            yield return new ValidationResult(ValidationMessages.RequiredInFrenchOrEnglish, [nameof(TitleFr), nameof(TitleEn)]);
        }

        if (EndsAt <= StartsAt)
        {
            yield return new ValidationResult(ValidationMessages.EndAfterStart, [nameof(EndsAt)]);
        }

        if (RegistrationClosesAt <= RegistrationOpensAt)
        {
            yield return new ValidationResult(ValidationMessages.EndAfterStart, [nameof(RegistrationClosesAt)]);
        }
    }
}
