namespace PlanetTechCare.Directory.Domain;

/// <summary>The signatory's standing in the programme, as the last applied event says.</summary>
public enum SignatoryStanding
{
    /// <summary>Only a profile update is known so far (an approval may still be on its way).</summary>
    Unknown,
    InGoodStanding,
    Withdrawn,
    Suspended,
}
