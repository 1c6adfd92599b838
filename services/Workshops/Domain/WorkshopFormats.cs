namespace PlanetTechCare.Workshops.Domain;

/// <summary>The formats a workshop comes in, as they travel in the API and in events.</summary>
public static class WorkshopFormats
{
    public const string Rex = "rex";
    public const string Conference = "conference";
    public const string Training = "training";
    public const string Webinar = "webinar";

    public static readonly IReadOnlyList<string> All = [Rex, Conference, Training, Webinar];
}
