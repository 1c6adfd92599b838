namespace PlanetTechCare.Signatories.Domain;

/// <summary>The French company identifier: nine digits whose Luhn checksum is valid.</summary>
public static class Siren
{
    public const int Length = 9;

    /// <summary>Removes the spaces people type between the groups of three digits.</summary>
    public static string Normalize(string value) => value.Replace(" ", string.Empty, StringComparison.Ordinal).Trim();

    public static bool IsValid(string? value)
    {
        if (value is null || value.Length != Length || !value.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < Length; i++)
        {
            var digit = value[Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }

    /// <summary>Completes eight digits with the Luhn check digit (used to make demo data).</summary>
    public static string WithCheckDigit(string eightDigits)
    {
        for (var check = 0; check <= 9; check++)
        {
            var candidate = eightDigits + (char)('0' + check);
            if (IsValid(candidate))
            {
                return candidate;
            }
        }

        throw new ArgumentException("Eight digits are expected.", nameof(eightDigits));
    }
}
