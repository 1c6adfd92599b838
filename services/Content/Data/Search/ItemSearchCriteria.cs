namespace PlanetTechCare.Content.Data.Search;

/// <summary>A validated search of published items: free text (or none), filters, order, one page.</summary>
public sealed record ItemSearchCriteria(
    string? Text,
    string? Type,
    string? Theme,
    string? Tag,
    string? Language,
    DateTimeOffset? From,
    DateTimeOffset? To,
    bool ByRelevance,
    int Skip,
    int Take);
