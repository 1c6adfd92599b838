namespace PlanetTechCare.ServiceDefaults.Domain;

/// <summary>
/// A move the aggregate's current status does not allow (approving a withdrawn signatory,
/// publishing a draft, cancelling a held workshop); nothing was changed. Its message is written for
/// the caller: every API answers it as a 409 problem carrying the message as its detail.
/// </summary>
public sealed class InvalidTransitionException(string message) : InvalidOperationException(message);
