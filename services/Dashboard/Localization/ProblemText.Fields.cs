using System.Text.RegularExpressions;

namespace PlanetTechCare.Dashboard.Localization;

/// <summary>
/// The French of the messages the services write under a field themselves (a name taken, seats
/// already taken, a webhook target refused) and of ASP.NET Core Identity's errors, which the staff
/// API answers under the e-mail or the password in Identity's English words.
/// </summary>
public static partial class ProblemText
{
    private static string? TranslateFieldMessage(string message) => message switch
    {
        "Another partner has this name." => "Un autre partenaire porte ce nom.",
        "Every partner must exist." => "Chaque partenaire indiqué doit exister.",
        "Every id must be a confirmed registration of this workshop." =>
            "Chaque identifiant doit être celui d'une inscription confirmée à cet atelier.",
        "Registration events are sent for a partner's own workshops only, and this client is not linked to a workshops partner: ask Planet Tech'Care staff to link it." =>
            "Les événements d'inscription ne concernent que les ateliers du partenaire lui-même, et ce client n'est lié à aucun partenaire des ateliers : demandez à l'équipe Planet Tech'Care de le lier.",
        "The target URL must use https." => "L'adresse cible doit être en https.",
        "The target URL must not carry credentials." => "L'adresse cible ne doit pas contenir d'identifiants.",
        "Passwords must have at least one digit ('0'-'9')." => "Le mot de passe doit contenir au moins un chiffre (0-9).",
        "Passwords must have at least one lowercase ('a'-'z')." => "Le mot de passe doit contenir au moins une minuscule (a-z).",
        "Passwords must have at least one uppercase ('A'-'Z')." => "Le mot de passe doit contenir au moins une majuscule (A-Z).",
        "Passwords must have at least one non alphanumeric character." =>
            "Le mot de passe doit contenir au moins un caractère autre qu'une lettre ou un chiffre.",
        _ when SeatsTaken().Match(message) is { Success: true } m =>
            $"{m.Groups[1].Value} {(m.Groups[1].Value is "0" or "1" ? "place est déjà prise" : "places sont déjà prises")} ; la capacité ne peut pas descendre en dessous.",
        _ when HostUnresolved().Match(message) is { Success: true } m => $"Le nom d'hôte {Quoted(m.Groups[1].Value)} ne correspond à aucune adresse.",
        _ when HostPrivate().Match(message) is { Success: true } m =>
            $"L'hôte {Quoted(m.Groups[1].Value)} correspond à {m.Groups[2].Value}, une adresse privée, de bouclage, locale au lien ou réservée.",
        _ when UserNameRefused().Match(message) is { Success: true } m =>
            $"Le nom d'utilisateur {Quoted(m.Groups[1].Value)} n'est pas valide : il ne peut contenir que des lettres ou des chiffres.",
        _ when UserNameTaken().Match(message) is { Success: true } m => $"Le nom d'utilisateur {Quoted(m.Groups[1].Value)} est déjà pris.",
        _ when EmailRefused().Match(message) is { Success: true } m => $"L'adresse e-mail {Quoted(m.Groups[1].Value)} n'est pas valide.",
        _ when EmailTaken().Match(message) is { Success: true } m => $"L'adresse e-mail {Quoted(m.Groups[1].Value)} est déjà prise.",
        _ when PasswordTooShort().Match(message) is { Success: true } m => $"Le mot de passe doit compter au moins {m.Groups[1].Value} caractères.",
        _ when PasswordUniqueChars().Match(message) is { Success: true } m =>
            $"Le mot de passe doit compter au moins {m.Groups[1].Value} caractères différents.",
        _ => null,
    };

    [GeneratedRegex("^(\\d+) seats are already taken; the capacity cannot go below that\\.$")]
    private static partial Regex SeatsTaken();

    [GeneratedRegex("^The host '(.*)' does not resolve\\.$")]
    private static partial Regex HostUnresolved();

    [GeneratedRegex("^The host '(.*)' resolves to (\\S+), a private, loopback, link-local or reserved address\\.$")]
    private static partial Regex HostPrivate();

    [GeneratedRegex("^Username '(.*)' is invalid, can only contain letters or digits\\.$")]
    private static partial Regex UserNameRefused();

    [GeneratedRegex("^Username '(.*)' is already taken\\.$")]
    private static partial Regex UserNameTaken();

    [GeneratedRegex("^Email '(.*)' is invalid\\.$")]
    private static partial Regex EmailRefused();

    [GeneratedRegex("^Email '(.*)' is already taken\\.$")]
    private static partial Regex EmailTaken();

    [GeneratedRegex("^Passwords must be at least (\\d+) characters\\.$")]
    private static partial Regex PasswordTooShort();

    [GeneratedRegex("^Passwords must use at least (\\d+) different characters\\.$")]
    private static partial Regex PasswordUniqueChars();
}
