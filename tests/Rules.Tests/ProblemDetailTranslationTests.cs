using System.Globalization;
using PlanetTechCare.Dashboard.Api;
using PlanetTechCare.Dashboard.Localization;

namespace PlanetTechCare.Rules.Tests;

/// <summary>The dashboard's French interface shows every detail and field message the services write in French; the English one as written.</summary>
public sealed class ProblemDetailTranslationTests
{
    public static TheoryData<string> DetailTexts() => [.. ServiceDetailTexts.Found.Select(found => found.Text).Concat(SharedMessageTexts.All).Distinct()];

    public static TheoryData<string> Sites() => [.. ServiceDetailTexts.Sites.Keys];

    [Theory]
    [MemberData(nameof(DetailTexts))]
    public void Every_detail_a_service_writes_has_a_French_translation(string text)
    {
        var (sample, unknown) = ServiceDetailTexts.Fill(text);
        Assert.True(unknown.Count == 0, $"No sample value for {string.Join(", ", unknown)} in \"{text}\": add one to ServiceDetailTexts.Samples.");

        var french = InLanguage(Ui.French, () => ProblemText.Message(sample));

        Assert.True(french != sample, $"\"{sample}\" ({Where(text)}) has no French translation in ProblemText.");
    }

    [Theory]
    [MemberData(nameof(DetailTexts))]
    public void The_English_interface_shows_each_detail_as_the_service_wrote_it(string text)
    {
        var (sample, _) = ServiceDetailTexts.Fill(text);

        Assert.Equal(sample, InLanguage(Ui.English, () => ProblemText.Message(sample)));
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void Each_place_where_a_detail_is_written_is_found_in_the_sources(string site)
    {
        Assert.Contains(ServiceDetailTexts.Found, found => found.Site == site);
    }

    [Theory]
    [InlineData("A signatory cannot go from Approved to Rejected.", "Un signataire ne peut pas passer de « Approuvé » à « Rejeté ».")]
    [InlineData("A Withdrawn signatory's profile cannot change.", "Le profil d'un signataire au statut « Retiré » ne peut pas changer.")]
    [InlineData("Only a draft can be submitted for review; this item is published.",
        "Seul un brouillon peut être envoyé en relecture ; cet élément est au statut « Publié ».")]
    [InlineData("A translation is published on its own only once the item is published; this item is in review.",
        "Une traduction ne se publie seule qu'une fois l'élément publié ; cet élément est au statut « En relecture ».")]
    [InlineData("The item has no 'de' version to publish.", "L'élément n'a pas de version en allemand à publier.")]
    [InlineData("A cancelled workshop cannot be scheduled.", "Un atelier au statut « Annulé » ne peut pas être programmé.")]
    [InlineData("The subscription is pending-verification: only an active subscription is sent events (verify or resume it first).",
        "L'abonnement est au statut « En attente de vérification » : seul un abonnement actif reçoit des événements (vérifiez-le ou reprenez-le d'abord).")]
    [InlineData("The signatory is not in good standing (Suspended).", "Le signataire n'est pas en règle (Suspendu).")]
    [InlineData("The value given for 'capacity' is not valid.", "La valeur donnée pour « Places » n'est pas valide.")]
    [InlineData("The verification challenge failed: Timed out.", "Le défi de vérification a échoué : délai dépassé.")]
    [InlineData("The verification challenge failed: The receiver could not be reached.", "Le défi de vérification a échoué : le destinataire est injoignable.")]
    [InlineData("1 seats are already taken; the capacity cannot go below that.", "1 place est déjà prise ; la capacité ne peut pas descendre en dessous.")]
    [InlineData("Required when category is school.", "Obligatoire quand « category » vaut « school ».")]
    [InlineData("Username 'o'brien@planet-techcare.test' is invalid, can only contain letters or digits.",
        "Le nom d'utilisateur « o'brien@planet-techcare.test » n'est pas valide : il ne peut contenir que des lettres ou des chiffres.")]
    public void A_detail_names_statuses_languages_and_fields_by_the_interfaces_words(string english, string french)
    {
        Assert.Equal(french, InLanguage(Ui.French, () => ProblemText.Message(english)));
    }

    [Fact]
    public void A_refused_move_reads_in_French_under_its_headline()
    {
        var problem = new ApiProblemException(409, "A held workshop cannot be cancelled.", new Dictionary<string, string[]>());

        Assert.Equal("Impossible dans l'état actuel. Un atelier tenu ne peut pas être annulé.", InLanguage(Ui.French, () => problem.Readable));
        Assert.Equal("Not possible in the current state. A held workshop cannot be cancelled.", InLanguage(Ui.English, () => problem.Readable));
    }

    private static string Where(string text) => SharedMessageTexts.All.Contains(text) ? "a shared validation message or an Identity error"
        : string.Join(", ", ServiceDetailTexts.Found.Where(found => found.Text == text).Select(found => $"{found.Site} in {found.File}").Distinct());

    private static string InLanguage(string language, Func<string> read)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            return read();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
