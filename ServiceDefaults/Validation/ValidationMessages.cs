namespace PlanetTechCare.ServiceDefaults.Validation;

/// <summary>The one set of messages of every request validation; the field is the key of the error, so no message names it.</summary>
public static class ValidationMessages
{
    public const string Required = "This field is required.";
    public const string ControlCharacters = "Control characters are not allowed.";
    public const string HttpUrl = "An absolute http(s) URL is expected.";
    public const string NullItem = "No item may be null.";

    public static string AtMostCharacters(int max) => $"At most {max} characters.";

    public static string AtMostItems(int max) => $"At most {max} items.";

    public static string Between(long min, long max) => $"Between {min} and {max}.";

    public static string OneOf(IEnumerable<string> allowed) => $"One of: {string.Join(", ", allowed)}.";
}
