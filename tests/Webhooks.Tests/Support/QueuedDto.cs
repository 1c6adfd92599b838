namespace PlanetTechCare.Webhooks.Tests.Support;

public sealed record QueuedDto(int Queued);
