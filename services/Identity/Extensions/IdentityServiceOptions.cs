namespace PlanetTechCare.Identity.Extensions;

/// <summary><c>Identity</c>: how the token server runs.</summary>
public sealed class IdentityServiceOptions
{
    public const string SectionName = "Identity";

    /// <summary>Accept plain HTTP outside Development (the platform runs on http loopback locally).</summary>
    public bool AllowHttp { get; set; }

    /// <summary>PKCS#12 file and password of the signing certificate; development certificates when absent.</summary>
    public string? SigningCertificatePath { get; set; }

    public string? SigningCertificatePassword { get; set; }

    /// <summary>PKCS#12 file and password of the encryption certificate; development certificates when absent.</summary>
    public string? EncryptionCertificatePath { get; set; }

    public string? EncryptionCertificatePassword { get; set; }
}
