namespace PlanetTechCare.Directory.Data.Search;

/// <summary>
/// One word of a search's text (<c>Text</c> 0) or of its synonyms (1), folded, and the closest known words that may
/// stand for it (none when it is a known word or has no close one). Property names are the SQL aliases.
/// </summary>
public sealed record WordChoice(int Text, string Word, string[] Close);
