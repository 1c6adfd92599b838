namespace PlanetTechCare.ServiceDefaults.Apis;

/// <summary>
/// A request body that shows callers an example in the API documents: the one place where the
/// example of that request is written, beside the record it illustrates, so it follows its fields.
/// </summary>
public interface IExampleBody<TSelf>
    where TSelf : IExampleBody<TSelf>
{
    /// <summary>A valid body, with realistic values.</summary>
    static abstract TSelf Example { get; }
}
