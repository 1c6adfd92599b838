namespace PlanetTechCare.Workshops.Apis;

/// <summary>What the workshops API is for: the first paragraph of its OpenAPI document's introduction.</summary>
public static class WorkshopsApiPurpose
{
    public const string Purpose =
        "The monthly online workshops hosted by partner organisations: upcoming and past workshops with their speakers, registration (with a waitlist once seats are taken), iCalendar feeds, attendance figures and partners; staff schedule workshops, record attendance and attach replays.";
}
