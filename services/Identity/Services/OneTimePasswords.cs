using System.Security.Cryptography;

namespace PlanetTechCare.Identity.Services;

/// <summary>Generated passwords that meet the Identity password rules (upper, lower, digit, symbol, 16 characters).</summary>
public static class OneTimePasswords
{
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "-_.!*";

    public static string New()
    {
        char[] password =
        [
            .. RandomNumberGenerator.GetString(Upper, 4),
            .. RandomNumberGenerator.GetString(Lower, 6),
            .. RandomNumberGenerator.GetString(Digits, 4),
            .. RandomNumberGenerator.GetString(Symbols, 2),
        ];
        RandomNumberGenerator.Shuffle(password.AsSpan());
        return new string(password);
    }
}
