namespace PlanetTechCare.Signatories.Domain;

/// <summary>A lifecycle move that the current status does not allow (e.g. approving a withdrawn signatory).</summary>
public sealed class InvalidTransitionException : InvalidOperationException
{
    public InvalidTransitionException()
    {
    }

    public InvalidTransitionException(string message)
        : base(message)
    {
    }

    public InvalidTransitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public InvalidTransitionException(SignatoryStatus from, SignatoryStatus to)
        : base($"A signatory cannot go from {from} to {to}.")
    {
        From = from;
        To = to;
    }

    public SignatoryStatus From { get; }

    public SignatoryStatus To { get; }
}
