using System.Diagnostics;
using PlanetTechCare.Workshops.Domain;

namespace PlanetTechCare.Workshops.Services;

/// <summary>
/// One person asking for a seat: who, when the request arrived (their registration time and the
/// moment registration must be open), and the request's trace, which the events it raises continue.
/// </summary>
public sealed record PendingRegistration(Attendee Attendee, DateTimeOffset ArrivedAt, Activity? Trace = null);
