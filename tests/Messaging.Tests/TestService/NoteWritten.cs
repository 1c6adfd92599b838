using PlanetTechCare.Contracts;

namespace PlanetTechCare.Messaging.Tests.TestService;

/// <summary>The event of the small service these tests run: a note was written.</summary>
public sealed record NoteWritten(Guid NoteId, int Sequence, string Text) : IntegrationEvent;
