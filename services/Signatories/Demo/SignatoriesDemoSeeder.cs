using PlanetTechCare.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PlanetTechCare.Messaging.Outbox;
using PlanetTechCare.ServiceData.Demo;
using PlanetTechCare.Signatories.Apis;
using PlanetTechCare.Signatories.Data;
using PlanetTechCare.Signatories.Domain;

namespace PlanetTechCare.Signatories.Demo;

/// <summary>
/// Development seed (<c>DemoData:Enabled</c>): about 315 signatories after six months, more than half
/// providers, forty schools, plus a few pending and rejected applications. Goes through the domain
/// and the outbox like any other change, so the directory lists the providers and the webhooks
/// feed has their events. It does nothing when the demo data is there.
/// </summary>
public sealed partial class SignatoriesDemoSeeder(SignatoriesDbContext db, IOptions<SignatoriesOptions> options, ILogger<SignatoriesDemoSeeder> logger)
    : IDemoSeeder
{
    public const string KeyPrefix = "demo-";
    public const string Staff = "staff (demo data)";

    /// <summary>Approvals per month since launch; the first six months add up to 315.</summary>
    private static readonly int[] ApprovalsPerMonth = [60, 55, 40, 20, 55, 85, 12];

    private const int Pending = 8;
    private const int Rejected = 3;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Signatories.AnyAsync(s => s.IdempotencyKey!.StartsWith(KeyPrefix), cancellationToken))
        {
            return;
        }

        var random = new Random(2026);
        var launch = options.Value.LaunchDate.ToUniversalTime();
        var index = 0;
        for (var month = 0; month < ApprovalsPerMonth.Length; month++)
        {
            for (var i = 0; i < ApprovalsPerMonth[month]; i++, index++)
            {
                var applied = launch.AddMonths(month).AddDays(random.Next(0, 25)).AddHours(random.Next(8, 18));
                var signatory = Apply(db, index, random, applied);
                signatory.Approve(Staff, applied.AddDays(random.Next(1, 4)));
                db.AddIntegrationEvent(SignatoryEvents.ForTransition(signatory, SignatoryStatus.Applied));
            }
        }

        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < Pending + Rejected; i++, index++)
        {
            var signatory = Apply(db, index, random, now.AddDays(-1 - i));
            if (i >= Pending)
            {
                signatory.Reject(Staff, now.AddHours(-i), "Not an organisation: an individual applied.");
                db.AddIntegrationEvent(SignatoryEvents.ForTransition(signatory, SignatoryStatus.Applied));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        LogSeeded(logger, index);
    }

    private static Signatory Apply(SignatoriesDbContext db, int index, Random random, DateTimeOffset at)
    {
        // Spread the categories: schools, public bodies... first 144 indexes, then providers; shuffle by a stride.
        var slot = index * 211 % 340;
        var category = DemoOrganisations.CategoryFor(slot);
        var profile = DemoOrganisations.ProfileFor(index, category, random);
        var signatory = Signatory.Apply(
            Guid.CreateVersion7(at), profile, DemoOrganisations.SirenFor(index), null,
            new PrivateContact("Camille Martin", "Responsable RSE", $"rse{index + 1}@example.fr"), "fr",
            new Signature(ManifestoText.FirstVersion.Version, "Dominique Bernard", "Directeur général", true, at),
            category == SignatoryCategories.SchoolOrTrainingBody ? "Un module de numérique responsable dans chaque cursus dès la rentrée." : null,
            $"{KeyPrefix}{index + 1:D4}",
            $"demo{index}");
        db.Signatories.Add(signatory);
        db.AddIntegrationEvent(SignatoryEvents.Applied(signatory));
        return signatory;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: {Count} organisations seeded")]
    private static partial void LogSeeded(ILogger logger, int count);
}
