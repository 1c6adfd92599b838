using Microsoft.AspNetCore.Identity;
using PlanetTechCare.ServiceDefaults.Apis;

namespace PlanetTechCare.Identity.Apis;

/// <summary>Every text of the sign-in pages, in French and in English.</summary>
public sealed record AccountTexts(
    string Language,
    string Banner,
    string SignInTitle,
    string Email,
    string Password,
    string SignIn,
    string WrongCredentials,
    string LockedOut,
    string SignInAgain,
    string ChooseTitle,
    string ChooseExplanation,
    string NewPassword,
    string NewPasswordAgain,
    string SaveAndSignIn,
    string PasswordsDiffer,
    string SamePassword,
    string SignOutTitle,
    string SignOut,
    string OtherLanguage,
    string OtherLanguageCode)
{
    public static readonly AccountTexts French = new(
        ServedLanguages.French,
        "Planet Tech'Care — espace équipe",
        "Connexion de l'équipe",
        "E-mail",
        "Mot de passe",
        "Se connecter",
        "E-mail ou mot de passe incorrect.",
        "Ce compte est verrouillé après trop d'essais infructueux, ou désactivé. Réessayez plus tard ou demandez à un administrateur.",
        "Reconnectez-vous.",
        "Choisir un nouveau mot de passe",
        "Le mot de passe reçu ne sert qu'une fois. Choisissez le vôtre (12 caractères au moins).",
        "Nouveau mot de passe",
        "Nouveau mot de passe, à nouveau",
        "Enregistrer et se connecter",
        "Les deux mots de passe diffèrent.",
        "Choisissez un autre mot de passe que celui qui vous a été donné.",
        "Se déconnecter de Planet Tech'Care",
        "Se déconnecter",
        "English",
        ServedLanguages.English);

    public static readonly AccountTexts English = new(
        ServedLanguages.English,
        "Planet Tech'Care — staff",
        "Staff sign-in",
        "E-mail",
        "Password",
        "Sign in",
        "Wrong e-mail or password.",
        "This account is locked after too many failed attempts, or disabled. Try again later or ask an administrator.",
        "Sign in again.",
        "Choose a new password",
        "The password you were given can be used only once. Choose your own (at least 12 characters).",
        "New password",
        "New password again",
        "Save and sign in",
        "The two passwords differ.",
        "Choose a password other than the one you were given.",
        "Sign out of Planet Tech'Care",
        "Sign out",
        "Français",
        ServedLanguages.French);

    public static AccountTexts For(HttpContext context, string? chosen) =>
        AccountLanguage.Of(context, chosen) == ServedLanguages.English ? English : French;

    /// <summary>Why ASP.NET Core Identity refused (a password too short…), in the page's language.</summary>
    public string Describe(IEnumerable<IdentityError> errors, PasswordOptions password) =>
        string.Join(" ", errors.Select(error => Language == ServedLanguages.French ? FrenchIdentityErrors.Describe(error, password) : error.Description));
}
