using PlanetTechCare.Workshops.Domain;

namespace PlanetTechCare.Workshops.Services;

/// <summary>
/// What a registration request came to. <see cref="Token"/> is only given when the
/// registration was created by this request; <see cref="Position"/> is the waitlist place.
/// </summary>
public sealed record RegisterOutcome(RegisterResult Result, Registration? Registration, Workshop? Workshop, string? Token, int? Position);
