namespace PlanetTechCare.Messaging.Tests.TestService;

public sealed class Note(Guid id, string text)
{
    public Guid Id { get; private set; } = id;

    public string Text { get; private set; } = text;
}
