namespace PlanetTechCare.Content.Domain;

/// <summary>Where one language version of an item stands; <see cref="Missing"/> when there is none.</summary>
public enum TranslationStatus
{
    Missing,
    Draft,
    InReview,
    Published,
}
