namespace PlanetTechCare.Directory.Apis;

/// <summary>Why staff take a listing out of public view (kept on the listing).</summary>
public sealed record UnpublishRequest(string? Reason)
{
    public const int MaxReasonLength = 500;

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Reason) || Reason.Length > MaxReasonLength || Reason.Contains('\0', StringComparison.Ordinal))
        {
            errors["reason"] = [$"A reason of 1 to {MaxReasonLength} characters is required."];
        }

        return errors;
    }
}
