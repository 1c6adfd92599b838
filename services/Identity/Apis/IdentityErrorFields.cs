using Microsoft.AspNetCore.Identity;

namespace PlanetTechCare.Identity.Apis;

/// <summary>
/// The field an ASP.NET Core Identity error is about, by its <see cref="IdentityError.Code"/>: the
/// e-mail (which is also the account's user name) or the password. The other errors are about no
/// field of a request: they are the service's failures, not the caller's.
/// </summary>
public static class IdentityErrorFields
{
    public const string Email = "email";
    public const string Password = "password";

    public static string? Of(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.DuplicateEmail)
            or nameof(IdentityErrorDescriber.InvalidUserName) or nameof(IdentityErrorDescriber.DuplicateUserName) => Email,
        nameof(IdentityErrorDescriber.PasswordTooShort) or nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars)
            or nameof(IdentityErrorDescriber.PasswordRequiresDigit) or nameof(IdentityErrorDescriber.PasswordRequiresLower)
            or nameof(IdentityErrorDescriber.PasswordRequiresUpper) or nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => Password,
        _ => null,
    };

    /// <summary>The errors' descriptions under their fields, as a validation problem holds them; null when one of them is about no field (or there is none).</summary>
    public static Dictionary<string, string[]>? ByField(IEnumerable<IdentityError> errors)
    {
        var named = errors.Select(error => (Field: Of(error), error.Description)).ToList();
        return named.Count == 0 || named.Any(error => error.Field is null) ? null
            : named.GroupBy(error => error.Field!, StringComparer.Ordinal)
                .ToDictionary(field => field.Key, field => field.Select(error => error.Description).ToArray(), StringComparer.Ordinal);
    }
}
