using System.Text.RegularExpressions;
using PlanetTechCare.Workshops.Domain;

namespace PlanetTechCare.Workshops.Apis;

public static partial class WorkshopRequestValidator
{
    public static bool IsTheme(string? value) => value is not null && ThemePattern().IsMatch(value);

    /// <summary>Checks a staff request field by field; the content is null when anything is wrong.</summary>
    public static (WorkshopContent? Content, Dictionary<string, string[]> Errors) Validate(WorkshopRequest request)
    {
        var v = new Validation();
        if (string.IsNullOrWhiteSpace(request.TitleFr) && string.IsNullOrWhiteSpace(request.TitleEn))
        {
            v.Add("titleFr", "A title in French or English is required.");
            v.Add("titleEn", "A title in French or English is required.");
        }

        v.MaxLength("titleFr", request.TitleFr, Limits.Title);
        v.MaxLength("titleEn", request.TitleEn, Limits.Title);
        v.MaxLength("summaryFr", request.SummaryFr, Limits.Summary);
        v.MaxLength("summaryEn", request.SummaryEn, Limits.Summary);
        if (request.Format is null || !WorkshopFormats.All.Contains(request.Format))
        {
            v.Add("format", $"One of: {string.Join(", ", WorkshopFormats.All)}.");
        }

        var themes = request.Themes ?? [];
        if (themes.Count > Limits.MaxThemes || themes.Any(t => !IsTheme(t)))
        {
            v.Add("themes", $"At most {Limits.MaxThemes} themes, each a lower-case slug (a-z, 0-9, '-') of at most {Limits.Theme} characters.");
        }

        var partnerIds = request.PartnerIds ?? [];
        if (partnerIds.Count > Limits.MaxPartners)
        {
            v.Add("partnerIds", $"At most {Limits.MaxPartners} partners.");
        }

        var speakers = request.Speakers ?? [];
        if (speakers.Count > Limits.MaxSpeakers)
        {
            v.Add("speakers", $"At most {Limits.MaxSpeakers} speakers.");
        }

        for (var i = 0; i < speakers.Count; i++)
        {
            v.Required($"speakers[{i}].name", speakers[i]?.Name, Limits.Name);
            v.MaxLength($"speakers[{i}].organisation", speakers[i]?.Organisation, Limits.Name);
            v.MaxLength($"speakers[{i}].role", speakers[i]?.Role, Limits.Name);
            v.MaxLength($"speakers[{i}].bio", speakers[i]?.Bio, Limits.SpeakerBio);
        }

        if (request.StartsAt is null)
        {
            v.Add("startsAt", "This field is required.");
        }

        if (request.EndsAt is null)
        {
            v.Add("endsAt", "This field is required.");
        }
        else if (request.StartsAt is not null && request.EndsAt <= request.StartsAt)
        {
            v.Add("endsAt", "The end must come after the start.");
        }

        if (request.RegistrationOpensAt is not null && request.RegistrationClosesAt is not null
            && request.RegistrationClosesAt <= request.RegistrationOpensAt)
        {
            v.Add("registrationClosesAt", "Registration must close after it opens.");
        }

        v.AbsoluteUrl("meetingUrl", request.MeetingUrl, Limits.Url);
        if (request.Capacity is null or <= 0 or > 100_000)
        {
            v.Add("capacity", "A number of seats between 1 and 100000 is required.");
        }

        if (!v.IsValid)
        {
            return (null, v.Errors);
        }

        var content = new WorkshopContent(
            Trimmed(request.TitleFr), Trimmed(request.TitleEn), Trimmed(request.SummaryFr), Trimmed(request.SummaryEn),
            request.Format!, [.. themes.Distinct()], [.. partnerIds.Distinct()],
            [.. speakers.Select(s => new Speaker { Name = s.Name!.Trim(), Organisation = Trimmed(s.Organisation), Role = Trimmed(s.Role), Bio = Trimmed(s.Bio) })],
            request.StartsAt!.Value.ToUniversalTime(), request.EndsAt!.Value.ToUniversalTime(), Trimmed(request.MeetingUrl),
            request.Capacity!.Value, request.RegistrationOpensAt?.ToUniversalTime(), request.RegistrationClosesAt?.ToUniversalTime());
        return (content, v.Errors);
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,59}$")]
    private static partial Regex ThemePattern();
}
