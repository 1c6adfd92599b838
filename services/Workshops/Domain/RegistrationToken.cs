using System.Security.Cryptography;
using System.Text;

namespace PlanetTechCare.Workshops.Domain;

/// <summary>Unguessable self-service tokens (256 random bits); only their hash is stored.</summary>
public static class RegistrationToken
{
    public static string New() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
