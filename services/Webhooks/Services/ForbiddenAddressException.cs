namespace PlanetTechCare.Webhooks.Services;

/// <summary>
/// A connection the <see cref="TargetGuard"/> refused because the target resolved or connected to a
/// forbidden address; its message is ours, so a failed attempt may show it as its reason.
/// </summary>
public sealed class ForbiddenAddressException(string message) : HttpRequestException(message);
