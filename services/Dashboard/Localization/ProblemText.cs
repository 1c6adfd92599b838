using System.Text.RegularExpressions;

namespace PlanetTechCare.Dashboard.Localization;

/// <summary>
/// An API problem in the interface's language: a headline for its status, then the API's detail
/// (why a move is refused) and each field under its name in the interface, with the platform's
/// validation messages, details and the services' own field messages translated (see
/// <c>ProblemText.Details.cs</c> and <c>ProblemText.Fields.cs</c>). The English
/// interface shows the API's texts as written.
/// </summary>
public static partial class ProblemText
{
    public static string Headline(int status) => status switch
    {
        0 => Ui.T("La plateforme est injoignable.", "The platform could not be reached."),
        400 => Ui.T("La demande n'est pas valide.", "The request is not valid."),
        401 => Ui.T("Votre session a expiré.", "Your session has expired."),
        403 => Ui.T("Votre compte n'a pas le droit de faire cela.", "Your account is not allowed to do this."),
        404 => Ui.T("Introuvable : l'élément n'existe pas ou plus.", "Not found: the item does not exist (any more)."),
        409 => Ui.T("Impossible dans l'état actuel.", "Not possible in the current state."),
        413 => Ui.T("La demande est trop grande.", "The request is too large."),
        415 => Ui.T("Format de demande refusé.", "Request format refused."),
        422 => Ui.T("La demande n'a pas pu aboutir.", "The request could not be completed."),
        429 => Ui.T("Trop de demandes : réessayez dans un instant.", "Too many requests: try again in a moment."),
        >= 500 => Ui.T("La plateforme a rencontré une erreur ; réessayez.", "The platform ran into an error; try again."),
        _ => Ui.T("La demande a échoué.", "The request failed."),
    };

    public static string Field(string key) => key switch
    {
        "reason" => Ui.T("Motif", "Reason"),
        "displayName" => Ui.T("Nom affiché", "Display name"),
        "organisationName" => "Organisation",
        "scopes" => "Scopes",
        "partnerId" => Ui.T("Partenaire", "Partner"),
        "url" => Ui.T("Adresse", "URL"),
        "eventTypes" => Ui.T("Événements", "Events"),
        "replayUrl" => Ui.T("Lien du replay", "Replay link"),
        "capacity" => Ui.T("Places", "Capacity"),
        "title" => Ui.T("Titre", "Title"),
        "name" => Ui.T("Nom", "Name"),
        "partnerIds" => Ui.T("Partenaires", "Partners"),
        "attendedRegistrationIds" => Ui.T("Présents", "Attendees"),
        "email" => Ui.T("Adresse e-mail", "E-mail"),
        "password" => Ui.T("Mot de passe", "Password"),
        _ => key,
    };

    /// <summary>A text the API wrote, a detail or a field's message, in the interface's language; as written when it has no translation.</summary>
    public static string Message(string message)
    {
        if (!Ui.IsEnglish && (Translate(message) ?? TranslateDetail(message) ?? TranslateFieldMessage(message)) is { } french)
        {
            return french;
        }

        return message;
    }

    private static string? Translate(string message) => message switch
    {
        "This field is required." => "Ce champ est obligatoire.",
        "Lower-case letters and digits in words joined by single hyphens." => "Des minuscules et des chiffres, en mots reliés par un tiret.",
        "An ISO-8601 date or date and time (2026-05-01, 2026-05-01T12:00:00Z)." => "Une date ISO 8601, avec ou sans heure (2026-05-01, 2026-05-01T12:00:00Z).",
        "Control characters are not allowed." => "Les caractères de contrôle sont interdits.",
        "An absolute http(s) URL is expected." => "Une adresse http(s) complète est attendue.",
        "No item may be null." => "Aucun élément ne peut être vide.",
        "A valid e-mail address is expected." => "Une adresse e-mail valide est attendue.",
        "Explicit consent (true) is required." => "Un consentement explicite est requis.",
        "A SIREN is nine digits with a valid check digit." => "Un SIREN a neuf chiffres dont une clé valide.",
        "An id is expected, not the empty one (all zeros)." => "Un identifiant est attendu, pas l'identifiant vide.",
        "Required in French or in English." => "Obligatoire en français ou en anglais.",
        "The end must come after the start." => "La fin doit venir après le début.",
        "The end must not come before the start." => "La fin ne doit pas précéder le début.",
        "The value is not valid." => "La valeur n'est pas valide.",
        _ when AtMost().Match(message) is { Success: true } m =>
            $"{m.Groups[2].Value} {(m.Groups[3].Value == "characters" ? "caractères" : "éléments")} au plus.",
        _ when OneOf().Match(message) is { Success: true } m => $"Une valeur parmi : {m.Groups[1].Value}.",
        _ when Between().Match(message) is { Success: true } m => $"Entre {m.Groups[1].Value} et {m.Groups[2].Value}.",
        _ when AtLeastOneOf().Match(message) is { Success: true } m => $"Au moins l'un de ces champs est obligatoire : {m.Groups[1].Value}.",
        _ when RequiredUnless().Match(message) is { Success: true } m => $"Obligatoire sauf si {Quoted(Field(m.Groups[1].Value))} est renseigné.",
        _ when RequiredWhen().Match(message) is { Success: true } m =>
            $"Obligatoire quand {Quoted(Field(m.Groups[1].Value))} vaut {Quoted(m.Groups[2].Value)}.",
        _ => null,
    };

    [GeneratedRegex("^(At most) (\\d+) (characters|items)\\.$")]
    private static partial Regex AtMost();

    [GeneratedRegex("^One of: (.*)\\.$")]
    private static partial Regex OneOf();

    [GeneratedRegex("^Between (-?\\d+) and (-?\\d+)\\.$")]
    private static partial Regex Between();

    [GeneratedRegex("^At least one of (.+) is required\\.$")]
    private static partial Regex AtLeastOneOf();

    [GeneratedRegex("^Required unless (\\w+) is given\\.$")]
    private static partial Regex RequiredUnless();

    [GeneratedRegex("^Required when (\\w+) is (.+)\\.$")]
    private static partial Regex RequiredWhen();
}
