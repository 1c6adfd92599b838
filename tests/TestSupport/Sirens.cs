using System.Globalization;

namespace PlanetTechCare.TestSupport;

/// <summary>Random valid SIREN numbers (nine digits passing the Luhn check), as applications need.</summary>
public static class Sirens
{
    public static string New()
    {
        var eight = Random.Shared.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
        return Enumerable.Range(0, 10).Select(check => eight + check).First(IsLuhnValid);
    }

    private static bool IsLuhnValid(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            sum += i % 2 == 1 ? (digit * 2 > 9 ? (digit * 2) - 9 : digit * 2) : digit;
        }

        return sum % 10 == 0;
    }
}
