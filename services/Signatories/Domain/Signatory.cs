namespace PlanetTechCare.Signatories.Domain;

/// <summary>An organisation that signed the manifesto.</summary>
public sealed class Signatory(Guid id, string legalName, DateTimeOffset createdAt)
{
    public Guid Id { get; private set; } = id;

    public string LegalName { get; private set; } = legalName;

    public DateTimeOffset CreatedAt { get; private set; } = createdAt;
}
