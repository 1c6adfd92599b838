namespace PlanetTechCare.Content.Domain;

/// <summary>A workflow step the item's current status does not allow; nothing was changed.</summary>
public sealed class InvalidTransitionException(string message) : Exception(message);
