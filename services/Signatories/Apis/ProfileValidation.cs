using PlanetTechCare.Contracts;
using PlanetTechCare.Signatories.Domain;

namespace PlanetTechCare.Signatories.Apis;

/// <summary>Field checks shared by the application and the profile update; errors are keyed by camelCase field names.</summary>
public static class ProfileValidation
{
    public static OrganisationProfile? Validate(ProfileRequest request, Dictionary<string, string[]> errors)
    {
        var legalName = Required(errors, "legalName", request.LegalName, Limits.LegalName);
        var website = Optional(errors, "website", request.Website, Limits.Website);
        if (website is not null && !(Uri.TryCreate(website, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            errors["website"] = ["The website must be an absolute http(s) address."];
        }

        OneOf(errors, "category", request.Category, SignatoryCategories.All);
        OneOf(errors, "sizeBand", request.SizeBand, SizeBands.All);
        OneOf(errors, "region", request.Region, Regions.All);
        var description = Optional(errors, "publicDescription", request.PublicDescription, Limits.Description);
        return errors.Count > 0 || legalName is null
            ? null
            : new OrganisationProfile(legalName, website, request.Category!, request.SizeBand!, request.Region!, description);
    }

    public static string? Required(Dictionary<string, string[]> errors, string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = ["This field is required."];
            return null;
        }

        return Optional(errors, field, value, maxLength);
    }

    public static string? Optional(Dictionary<string, string[]> errors, string field, string? value, int maxLength)
    {
        var trimmed = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (trimmed is not null && trimmed.Length > maxLength)
        {
            errors[field] = [$"At most {maxLength} characters."];
            return null;
        }

        return trimmed;
    }

    private static void OneOf(Dictionary<string, string[]> errors, string field, string? value, IReadOnlyList<string> allowed)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = ["This field is required."];
        }
        else if (!allowed.Contains(value))
        {
            errors[field] = [$"Unknown value; expected one of: {string.Join(", ", allowed)}."];
        }
    }
}
