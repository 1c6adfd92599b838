using System.Net.Mail;

namespace PlanetTechCare.Workshops.Apis;

/// <summary>Collects per-field errors for a validation problem.</summary>
public sealed class Validation
{
    public Dictionary<string, string[]> Errors { get; } = [];

    public bool IsValid => Errors.Count == 0;

    public void Add(string field, string message) =>
        Errors[field] = Errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];

    public void Required(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "This field is required.");
        }
        else
        {
            MaxLength(field, value, maxLength);
        }
    }

    public void MaxLength(string field, string? value, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            Add(field, $"At most {maxLength} characters.");
        }

        if (value is not null && value.Contains('\0', StringComparison.Ordinal))
        {
            Add(field, "The NUL character is not allowed.");
        }
    }

    public void AbsoluteUrl(string field, string? value, int maxLength)
    {
        MaxLength(field, value, maxLength);
        if (!string.IsNullOrWhiteSpace(value)
            && (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            Add(field, "An absolute http or https address is expected.");
        }
    }

    public void Email(string field, string? value, int maxLength)
    {
        Required(field, value, maxLength);
        if (!string.IsNullOrWhiteSpace(value)
            && (!MailAddress.TryCreate(value.Trim(), out var address) || address.Address != value.Trim() || !address.Host.Contains('.')))
        {
            Add(field, "A valid e-mail address is expected.");
        }
    }
}
