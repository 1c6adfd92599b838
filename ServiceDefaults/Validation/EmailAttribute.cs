using System.ComponentModel.DataAnnotations;
using System.Net.Mail;

namespace PlanetTechCare.ServiceDefaults.Validation;

/// <summary>
/// An e-mail address alone (<c>name@host.tld</c>, no display name), spaces around it aside: the
/// handler trims it. Its length is a <see cref="TextAttribute"/>'s.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class EmailAttribute : ValidationAttribute
{
    public EmailAttribute() => ErrorMessage = ValidationMessages.Email;

    public override bool IsValid(object? value) => value is not string text || IsEmail(text.Trim());

    private static bool IsEmail(string text) =>
        MailAddress.TryCreate(text, out var address) && address.Address == text && address.Host.Contains('.', StringComparison.Ordinal);
}
