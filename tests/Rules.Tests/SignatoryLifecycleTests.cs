using PlanetTechCare.ServiceDefaults.Domain;
using PlanetTechCare.Signatories.Domain;

namespace PlanetTechCare.Rules.Tests;

public sealed class SignatoryLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_application_approved_then_suspended_then_reinstated_keeps_each_move_in_its_history()
    {
        var signatory = Applied();

        signatory.Approve("staff", Now.AddDays(1));
        signatory.Suspend("staff", Now.AddDays(2), "No action plan sent.");
        signatory.Reinstate("staff", Now.AddDays(3), null);

        Assert.Equal(SignatoryStatus.Approved, signatory.Status);
        Assert.Equal(
            [(null, SignatoryStatus.Applied), (SignatoryStatus.Applied, SignatoryStatus.Approved), (SignatoryStatus.Approved, SignatoryStatus.Suspended), (SignatoryStatus.Suspended, SignatoryStatus.Approved)],
            signatory.History.Select(t => (t.From, t.To)));
        Assert.Equal(Now.AddDays(1), signatory.ApprovedAt);
        Assert.Equal("No action plan sent.", signatory.History[2].Reason);
    }

    [Fact]
    public void A_withdrawn_signatory_cannot_be_approved_and_is_left_as_it_was()
    {
        var signatory = Applied();
        signatory.Withdraw("contact", Now, "Changed our minds.");
        var version = signatory.Version;

        var refused = Assert.Throws<InvalidTransitionException>(() => signatory.Approve("staff", Now.AddDays(1)));

        Assert.Equal("A signatory cannot go from Withdrawn to Approved.", refused.Message);
        Assert.Equal(SignatoryStatus.Withdrawn, signatory.Status);
        Assert.Equal(version, signatory.Version);
        Assert.Equal(2, signatory.History.Count);
    }

    [Theory]
    [InlineData("suspend")]
    [InlineData("reinstate")]
    [InlineData("reject-approved")]
    public void Moves_from_the_wrong_status_are_refused(string move)
    {
        var signatory = Applied();
        if (move == "reject-approved")
        {
            signatory.Approve("staff", Now);
        }

        Action attempt = move switch
        {
            "suspend" => () => signatory.Suspend("staff", Now, "reason"),
            "reinstate" => () => signatory.Reinstate("staff", Now, null),
            _ => () => signatory.Reject("staff", Now, "reason"),
        };

        Assert.Throws<InvalidTransitionException>(attempt);
    }

    [Fact]
    public void The_profile_of_a_rejected_organisation_cannot_change_and_an_unchanged_profile_is_no_change()
    {
        var live = Applied();
        Assert.False(live.UpdateProfile(live.Profile, Now));
        Assert.True(live.UpdateProfile(live.Profile with { Region = "occitanie" }, Now));

        var rejected = Applied();
        rejected.Reject("staff", Now, "Not an organisation.");
        var refused = Assert.Throws<InvalidTransitionException>(() => rejected.UpdateProfile(rejected.Profile with { Region = "bretagne" }, Now));
        Assert.Equal("A Rejected signatory's profile cannot change.", refused.Message);
    }

    private static Signatory Applied() => Signatory.Apply(
        Guid.NewGuid(),
        new OrganisationProfile("Sobriété Numérique SAS", "https://example.org", "company", "10-49", "ile-de-france", null),
        "552100554", null,
        new PrivateContact("Camille Martin", "CTO", "camille@example.org"), "fr",
        new Signature(1, "Camille Martin", "CTO", true, Now),
        null, null, "fingerprint");
}
