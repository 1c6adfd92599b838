using System.Security.Cryptography;

namespace PlanetTechCare.Identity.Services;

/// <summary>Random client identifiers and secrets; OpenIddict stores only a hash of the secret.</summary>
public static class ClientSecrets
{
    private const string LowerAlphanumerics = "abcdefghijkmnopqrstuvwxyz23456789";

    public static string NewSecret() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string NewClientId(string organisationName) =>
        ClientIdOf(organisationName, RandomNumberGenerator.GetString(LowerAlphanumerics, 8));

    /// <summary>The client id a creation with this Idempotency-Key gets, so that a retry finds the first one.</summary>
    public static string ClientIdFor(string organisationName, string idempotencyKey) =>
        ClientIdOf(organisationName, Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(idempotencyKey)))[..12]);

    private static string ClientIdOf(string organisationName, string suffix)
    {
        var slug = new string([.. organisationName.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or ' ' or '-')
            .Select(c => c == ' ' ? '-' : c)]).Trim('-');
        slug = slug.Length > 24 ? slug[..24].Trim('-') : slug;
        return slug.Length == 0 ? $"partner-{suffix}" : $"partner-{slug}-{suffix}";
    }

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
