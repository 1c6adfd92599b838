namespace PlanetTechCare.Dashboard.Platform;

/// <summary>A message parked in an <c>_error</c> queue, with what MassTransit recorded of its failure.</summary>
public sealed record FailedMessage(
    string ErrorQueue,
    string MessageId,
    string? MessageType,
    string? ExceptionType,
    string? Error,
    string? FailedAt,
    string BodyPreview);
