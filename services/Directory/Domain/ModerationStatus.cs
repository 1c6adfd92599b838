namespace PlanetTechCare.Directory.Domain;

/// <summary>Where a listing stands in staff moderation.</summary>
public enum ModerationStatus
{
    Draft,
    Published,
    Unpublished,
}
