namespace PlanetTechCare.ServiceDefaults.Validation;

/// <summary>The one set of messages of every request validation; the field is the key of the error, so no message names it.</summary>
public static class ValidationMessages
{
    public const string Required = "This field is required.";
    public const string Slug = "Lower-case letters and digits in words joined by single hyphens.";
    public const string IsoDate = "An ISO-8601 date or date and time (2026-05-01, 2026-05-01T12:00:00Z).";
    public const string ControlCharacters = "Control characters are not allowed.";
    public const string HttpUrl = "An absolute http(s) URL is expected.";
    public const string NullItem = "No item may be null.";
    public const string Email = "A valid e-mail address is expected.";
    public const string Consent = "Explicit consent (true) is required.";
    public const string Siren = "A SIREN is nine digits with a valid check digit.";
    public const string EmptyId = "An id is expected, not the empty one (all zeros).";
    public const string RequiredInFrenchOrEnglish = "Required in French or in English.";
    public const string EndAfterStart = "The end must come after the start.";
    public const string EndNotBeforeStart = "The end must not come before the start.";

    public static string AtMostCharacters(int max) => $"At most {max} characters.";

    public static string AtMostItems(int max) => $"At most {max} items.";

    /// <summary>Under the first of several fields one of which must be given: <c>AtLeastOneOf("fr", "en")</c>.</summary>
    public static string AtLeastOneOf(params string[] fields) => $"At least one of {string.Join(", ", fields)} is required.";

    public static string Between(long min, long max) => $"Between {min} and {max}.";

    public static string OneOf(IEnumerable<string> allowed) => $"One of: {string.Join(", ", allowed)}.";

    /// <summary>Required when another field is absent: <c>RequiredUnless("foreignRegistrationId")</c>.</summary>
    public static string RequiredUnless(string otherField) => $"Required unless {otherField} is given.";

    /// <summary>Required for one value of another field: <c>RequiredWhen("category", "school")</c>.</summary>
    public static string RequiredWhen(string otherField, string value) => $"Required when {otherField} is {value}.";
}
