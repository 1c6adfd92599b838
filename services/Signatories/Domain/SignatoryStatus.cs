namespace PlanetTechCare.Signatories.Domain;

/// <summary>Where an organisation stands in the programme.</summary>
public enum SignatoryStatus
{
    /// <summary>Applied; staff have yet to validate it.</summary>
    Applied,

    /// <summary>A signatory in good standing, shown publicly.</summary>
    Approved,

    /// <summary>Staff rejected the application, with a reason.</summary>
    Rejected,

    /// <summary>The signatory left the programme.</summary>
    Withdrawn,

    /// <summary>Staff suspended the signatory; hidden until reinstated.</summary>
    Suspended,
}
