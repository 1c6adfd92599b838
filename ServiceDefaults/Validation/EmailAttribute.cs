using System.ComponentModel.DataAnnotations;
using System.Net.Mail;

namespace PlanetTechCare.ServiceDefaults.Validation;

/// <summary>An e-mail address alone, without a display name (blanks around it are allowed; its length is a <see cref="TextAttribute"/>'s).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class EmailAttribute : ValidationAttribute
{
    public EmailAttribute() => ErrorMessage = ValidationMessages.Email;

    public override bool IsValid(object? value) =>
        value is not string text || (MailAddress.TryCreate(text.Trim(), out var address) && address.Address == text.Trim());
}
