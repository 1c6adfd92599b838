namespace PlanetTechCare.Content.Apis;

/// <summary>
/// Of <see cref="Published"/> items (of a type or theme, or overall when <see cref="Key"/> is null),
/// <see cref="WithEnglish"/> have a published English version; <see cref="Share"/> is their share (0 to 1).
/// </summary>
public sealed record Coverage(string? Key, long Published, long WithEnglish, double Share)
{
    public static Coverage Of(string? key, long published, long withEnglish) =>
        new(key, published, withEnglish, published == 0 ? 0 : Math.Round((double)withEnglish / published, 4));
}
