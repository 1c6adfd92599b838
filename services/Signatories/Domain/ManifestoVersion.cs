namespace PlanetTechCare.Signatories.Domain;

/// <summary>One version of the manifesto, in French and English. Exactly one version is current.</summary>
public sealed class ManifestoVersion(int version, string titleFr, string titleEn, string textFr, string textEn, DateTimeOffset publishedAt, bool isCurrent)
{
    public int Version { get; private set; } = version;

    public string TitleFr { get; private set; } = titleFr;

    public string TitleEn { get; private set; } = titleEn;

    public string TextFr { get; private set; } = textFr;

    public string TextEn { get; private set; } = textEn;

    public DateTimeOffset PublishedAt { get; private set; } = publishedAt;

    public bool IsCurrent { get; private set; } = isCurrent;
}
