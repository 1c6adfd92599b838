using System.Globalization;
using System.Text.RegularExpressions;
using PlanetTechCare.Dashboard.Components.Shared;

namespace PlanetTechCare.Dashboard.Localization;

/// <summary>
/// The French of the details the services write when they refuse a move or a value (a status that
/// does not allow it, a value taken, a publish blocker, why a webhook's receiver could not be
/// reached…). A status inside a detail is named by the interface's label for it.
/// </summary>
public static partial class ProblemText
{
    private static readonly CultureInfo FrenchCulture = CultureInfo.GetCultureInfo(Ui.French);

    private static string? TranslateDetail(string detail) => detail switch
    {
        "Read it again and retry." => "Rechargez et réessayez.",
        "An archived item cannot be edited." => "Un élément archivé ne peut pas être modifié.",
        "The item has no version in review to publish." => "L'élément n'a aucune version en relecture à publier.",
        "Another item took the same slug at the same time; retry." => "Un autre élément a pris le même slug au même moment ; réessayez.",
        "Another item took the same slug or workshop at the same time; retry." => "Un autre élément a pris le même slug ou le même atelier au même moment ; réessayez.",
        "A held workshop cannot be cancelled." => "Un atelier tenu ne peut pas être annulé.",
        "This partner hosts workshops." => "Ce partenaire accueille des ateliers.",
        "Registration to this workshop is not open." => "Les inscriptions à cet atelier ne sont pas ouvertes.",
        "The subscription is not verified yet: verify it first." => "L'abonnement n'est pas encore vérifié : vérifiez-le d'abord.",
        "The target did not answer the verification challenge with the same challenge in a JSON body." =>
            "La cible n'a pas renvoyé le même défi dans un corps JSON.",
        "Only digital service providers are listed." => "Seuls les prestataires de services numériques figurent dans l'annuaire.",
        "An account with this e-mail already exists." => "Un compte existe déjà avec cette adresse e-mail.",
        "The rate limit of this client or address is reached; retry after the delay in Retry-After." =>
            "La limite de demandes de ce client ou de cette adresse est atteinte ; réessayez après le délai indiqué (Retry-After).",
        "Timed out." => "Délai dépassé.",
        "The receiver could not be reached." => "Le destinataire est injoignable.",
        "The receiver's host name does not resolve." => "Le nom d'hôte du destinataire ne correspond à aucune adresse.",
        "No secure (TLS) connection could be made with the receiver." => "Aucune connexion sécurisée (TLS) n'a pu être établie avec le destinataire.",
        "The receiver's answer was not valid HTTP." => "La réponse du destinataire n'était pas du HTTP valide.",
        _ when SignatoryProfileFixed().Match(detail) is { Success: true } m =>
            $"Le profil d'un signataire au statut {Quoted(Labels.SignatoryStatus(m.Groups[1].Value))} ne peut pas changer.",
        _ when SignatoryMove().Match(detail) is { Success: true } m =>
            $"Un signataire ne peut pas passer de {Quoted(Labels.SignatoryStatus(m.Groups[1].Value))} à {Quoted(Labels.SignatoryStatus(m.Groups[2].Value))}.",
        _ when FirstApplication().Match(detail) is { Success: true } m => $"La première candidature est {m.Groups[1].Value}.",
        _ when SubmitRefused().Match(detail) is { Success: true } m =>
            $"Seul un brouillon peut être envoyé en relecture ; cet élément est au statut {ItemStatus(m)}.",
        _ when PublishRefused().Match(detail) is { Success: true } m =>
            $"Seul un élément en relecture peut être publié ; cet élément est au statut {ItemStatus(m)}.",
        _ when TranslationRefused().Match(detail) is { Success: true } m =>
            $"Une traduction ne se publie seule qu'une fois l'élément publié ; cet élément est au statut {ItemStatus(m)}.",
        _ when NoVersion().Match(detail) is { Success: true } m => $"L'élément n'a pas de version en {LanguageName(m.Groups[1].Value)} à publier.",
        _ when SlugTaken().Match(detail) is { Success: true } m =>
            $"Le slug {Quoted(m.Groups[1].Value)} est déjà pris par un autre élément en {LanguageName(m.Groups[2].Value)}.",
        _ when ReplayTaken().Match(detail) is { Success: true } m => $"L'atelier {m.Groups[1].Value} a déjà un élément de replay.",
        _ when ScheduleRefused().Match(detail) is { Success: true } m =>
            $"Un atelier au statut {WorkshopStatus(m)} ne peut pas être programmé.",
        _ when AttendanceRefused().Match(detail) is { Success: true } m =>
            $"Les présences s'enregistrent pour un atelier programmé ou tenu seulement ; celui-ci est au statut {WorkshopStatus(m)}.",
        _ when ReplayRefused().Match(detail) is { Success: true } m =>
            $"Un replay ne se joint qu'une fois l'atelier tenu ; celui-ci est au statut {WorkshopStatus(m)}.",
        _ when UnknownTheme().Match(detail) is { Success: true } m => $"Aucun atelier n'a le thème {Quoted(m.Groups[1].Value)}.",
        _ when UnknownPartner().Match(detail) is { Success: true } m => $"Aucun partenaire n'a l'identifiant {Quoted(m.Groups[1].Value)}.",
        _ when SubscriptionNotActive().Match(detail) is { Success: true } m =>
            $"L'abonnement est au statut {Quoted(Labels.SubscriptionStatus(m.Groups[1].Value))} : seul un abonnement actif reçoit des événements (vérifiez-le ou reprenez-le d'abord).",
        _ when ChallengeAnswered().Match(detail) is { Success: true } m => $"Le défi de vérification a reçu la réponse HTTP {m.Groups[1].Value}.",
        _ when ChallengeFailed().Match(detail) is { Success: true } m => $"Le défi de vérification a échoué : {AfterColon(Message(m.Groups[1].Value))}",
        _ when ForbiddenHost().Match(detail) is { Success: true } m => $"L'hôte {Quoted(m.Groups[1].Value)} correspond à une adresse interdite.",
        _ when ForbiddenConnection().Match(detail) is { Success: true } m => $"La connexion a abouti à une adresse interdite ({m.Groups[1].Value}).",
        _ when NotInGoodStanding().Match(detail) is { Success: true } m => $"Le signataire n'est pas en règle ({Labels.Standing(m.Groups[1].Value)}).",
        _ when NotUtf8().Match(detail) is { Success: true } m => $"Les corps JSON doivent être en UTF-8, pas {Quoted(m.Groups[1].Value)}.",
        _ when ValueNotValid().Match(detail) is { Success: true } m => $"La valeur donnée pour {Quoted(Field(m.Groups[1].Value))} n'est pas valide.",
        _ => null,
    };

    private static string Quoted(string text) => $"« {text} »";

    /// <summary>A sentence continued after a colon: its first letter in lower case (<c>Délai dépassé.</c> → délai dépassé.).</summary>
    private static string AfterColon(string sentence) =>
        sentence.Length == 0 ? sentence : char.ToLower(sentence[0], FrenchCulture) + sentence[1..];

    /// <summary>A library item's status as the content service writes it in a sentence (<c>in review</c>).</summary>
    private static string ItemStatus(Match match) => Quoted(Labels.ContentStatus(match.Groups[1].Value.Replace(' ', '-')));

    private static string WorkshopStatus(Match match) => Quoted(Labels.WorkshopStatus(match.Groups[1].Value));

    /// <summary>A language code as a French adjective (<c>de</c> → allemand).</summary>
    private static string LanguageName(string code) => Labels.Language(code).ToLower(FrenchCulture);

    [GeneratedRegex("^A (\\w+) signatory's profile cannot change\\.$")]
    private static partial Regex SignatoryProfileFixed();

    [GeneratedRegex("^A signatory cannot go from (\\w+) to (\\w+)\\.$")]
    private static partial Regex SignatoryMove();

    [GeneratedRegex("^The first application is (.+)\\.$")]
    private static partial Regex FirstApplication();

    [GeneratedRegex("^Only a draft can be submitted for review; this item is ([a-z ]+)\\.$")]
    private static partial Regex SubmitRefused();

    [GeneratedRegex("^Only an item in review can be published; this item is ([a-z ]+)\\.$")]
    private static partial Regex PublishRefused();

    [GeneratedRegex("^A translation is published on its own only once the item is published; this item is ([a-z ]+)\\.$")]
    private static partial Regex TranslationRefused();

    [GeneratedRegex("^The item has no '(.+)' version to publish\\.$")]
    private static partial Regex NoVersion();

    [GeneratedRegex("^The slug '(.+)' is already used by another item in '(.+)'\\.$")]
    private static partial Regex SlugTaken();

    [GeneratedRegex("^The workshop (.+) already has a replay item\\.$")]
    private static partial Regex ReplayTaken();

    [GeneratedRegex("^A (\\w+) workshop cannot be scheduled\\.$")]
    private static partial Regex ScheduleRefused();

    [GeneratedRegex("^Attendance is recorded for a scheduled or held workshop only; this one is (\\w+)\\.$")]
    private static partial Regex AttendanceRefused();

    [GeneratedRegex("^A replay can only be attached once the workshop is held; this one is (\\w+)\\.$")]
    private static partial Regex ReplayRefused();

    [GeneratedRegex("^No workshop has the theme '(.*)'\\.$")]
    private static partial Regex UnknownTheme();

    [GeneratedRegex("^No partner has the id '(.*)'\\.$")]
    private static partial Regex UnknownPartner();

    [GeneratedRegex("^The subscription is ([a-z-]+): only an active subscription is sent events \\(verify or resume it first\\)\\.$")]
    private static partial Regex SubscriptionNotActive();

    [GeneratedRegex("^The verification challenge got HTTP (\\d+)\\.$")]
    private static partial Regex ChallengeAnswered();

    [GeneratedRegex("^The verification challenge failed: (.*)$")]
    private static partial Regex ChallengeFailed();

    [GeneratedRegex("^The host '(.*)' resolves to a forbidden address\\.$")]
    private static partial Regex ForbiddenHost();

    [GeneratedRegex("^Connected to a forbidden address (\\S+)\\.$")]
    private static partial Regex ForbiddenConnection();

    [GeneratedRegex("^The signatory is not in good standing \\((\\w+)\\)\\.$")]
    private static partial Regex NotInGoodStanding();

    [GeneratedRegex("^JSON bodies must be UTF-8, not '(.*)'\\.$")]
    private static partial Regex NotUtf8();

    [GeneratedRegex("^The value given for '(.+)' is not valid\\.$")]
    private static partial Regex ValueNotValid();
}
