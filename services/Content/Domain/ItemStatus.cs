namespace PlanetTechCare.Content.Domain;

/// <summary>The publication workflow of an item: draft → in review → published → archived.</summary>
public enum ItemStatus
{
    Draft,
    InReview,
    Published,
    Archived,
}
