using Microsoft.AspNetCore.Identity;

namespace PlanetTechCare.Identity.Apis;

/// <summary>
/// ASP.NET Core Identity's error descriptions in French, by <see cref="IdentityError.Code"/> (the
/// framework writes them in English only, under its <see cref="IdentityErrorDescriber"/>'s method
/// names); a code without a translation keeps the framework's text.
/// </summary>
public static class FrenchIdentityErrors
{
    public static string Describe(IdentityError error, PasswordOptions password) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => $"Le mot de passe doit compter au moins {password.RequiredLength} caractères.",
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => $"Le mot de passe doit compter au moins {password.RequiredUniqueChars} caractères différents.",
        nameof(IdentityErrorDescriber.PasswordRequiresDigit) => "Le mot de passe doit contenir au moins un chiffre (0-9).",
        nameof(IdentityErrorDescriber.PasswordRequiresLower) => "Le mot de passe doit contenir au moins une minuscule (a-z).",
        nameof(IdentityErrorDescriber.PasswordRequiresUpper) => "Le mot de passe doit contenir au moins une majuscule (A-Z).",
        nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => "Le mot de passe doit contenir au moins un caractère autre qu'une lettre ou un chiffre.",
        nameof(IdentityErrorDescriber.PasswordMismatch) => "Mot de passe incorrect.",
        nameof(IdentityErrorDescriber.InvalidToken) => "Jeton non valide.",
        nameof(IdentityErrorDescriber.ConcurrencyFailure) => "Le compte a changé entre-temps ; réessayez.",
        nameof(IdentityErrorDescriber.DefaultError) => "Une erreur inconnue s'est produite.",
        _ => error.Description,
    };
}
