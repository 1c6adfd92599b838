namespace PlanetTechCare.Signatories.Domain;

/// <summary>
/// An organisation that applied to sign the manifesto, and its lifecycle:
/// applied → approved or rejected; approved → withdrawn or suspended; suspended → approved (reinstated) or withdrawn.
/// Every move appends to <see cref="History"/> and raises <see cref="Version"/>.
/// </summary>
public sealed partial class Signatory
{
    private readonly List<SignatoryTransition> _history = [];

    private Signatory()
    {
        LegalName = SearchName = RegistrationKey = Category = SizeBand = Region = string.Empty;
        Contact = new PrivateContact(string.Empty, string.Empty, string.Empty);
        Signature = new Signature(0, string.Empty, string.Empty, false, default);
    }

    public Guid Id { get; private set; }

    public string LegalName { get; private set; }

    /// <summary>The legal name folded for accent-insensitive search.</summary>
    public string SearchName { get; private set; }

    public string? Siren { get; private set; }

    public string? ForeignRegistrationId { get; private set; }

    /// <summary>"siren:…" or "foreign:…": one live application per key.</summary>
    public string RegistrationKey { get; private set; }

    public string? Website { get; private set; }

    public string Category { get; private set; }

    public string SizeBand { get; private set; }

    public string Region { get; private set; }

    public string? PublicDescription { get; private set; }

    public PrivateContact Contact { get; private set; }

    /// <summary>The language the contact is written to in: <c>fr</c> or <c>en</c>.</summary>
    public string Language { get; private set; } = "fr";

    public Signature Signature { get; private set; }

    /// <summary>Schools and training bodies: how they will add responsible-digital courses to their curricula.</summary>
    public string? CurriculumCommitment { get; private set; }

    public SignatoryStatus Status { get; private set; }

    public DateTimeOffset AppliedAt { get; private set; }

    /// <summary>When staff first approved it; the date it counts from in the figures.</summary>
    public DateTimeOffset? ApprovedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string? LastReason { get; private set; }

    /// <summary>Grows with every change; carried by every event.</summary>
    public long Version { get; private set; }

    public string? IdempotencyKey { get; private set; }

    /// <summary>A digest of the application as submitted, to recognise a retry of the same request.</summary>
    public string RequestFingerprint { get; private set; } = string.Empty;

    public IReadOnlyList<SignatoryTransition> History => _history;

    public bool IsLive => Status is SignatoryStatus.Applied or SignatoryStatus.Approved or SignatoryStatus.Suspended;

    public static string KeyFor(string? siren, string? foreignRegistrationId) =>
        siren is not null ? $"siren:{siren}" : $"foreign:{foreignRegistrationId!.Trim().ToUpperInvariant()}";

    public static Signatory Apply(
        Guid id, OrganisationProfile profile, string? siren, string? foreignRegistrationId, PrivateContact contact, string language,
        Signature signature, string? curriculumCommitment, string? idempotencyKey, string requestFingerprint)
    {
        if (!signature.Consent)
        {
            throw new ArgumentException("An application needs the signer's explicit consent.", nameof(signature));
        }

        var signatory = new Signatory
        {
            Id = id,
            Siren = siren,
            ForeignRegistrationId = siren is null ? foreignRegistrationId : null,
            RegistrationKey = KeyFor(siren, foreignRegistrationId),
            Contact = contact,
            Language = language,
            Signature = signature,
            CurriculumCommitment = curriculumCommitment,
            Status = SignatoryStatus.Applied,
            AppliedAt = signature.SignedAt,
            IdempotencyKey = idempotencyKey,
            RequestFingerprint = requestFingerprint,
        };
        signatory.SetProfile(profile);
        signatory.Record(null, SignatoryStatus.Applied, signature.SignerName, signature.SignedAt, null);
        return signatory;
    }

    public OrganisationProfile Profile => new(LegalName, Website, Category, SizeBand, Region, PublicDescription);

    private void SetProfile(OrganisationProfile profile)
    {
        LegalName = profile.LegalName;
        SearchName = SearchText.Fold(profile.LegalName);
        Website = profile.Website;
        Category = profile.Category;
        SizeBand = profile.SizeBand;
        Region = profile.Region;
        PublicDescription = profile.PublicDescription;
    }
}
