using System.Globalization;
using System.Text;

namespace PlanetTechCare.Workshops.Apis;

/// <summary>Writes registrations as RFC 4180 CSV, quoting every field and defusing spreadsheet formulas.</summary>
public static class RegistrationsCsv
{
    public static string Write(IEnumerable<StaffRegistrationRow> rows)
    {
        var csv = new StringBuilder("sequence,id,name,email,organisation,signatoryId,status,registeredAt,promotedAt,cancelledAt,attended\r\n");
        foreach (var r in rows)
        {
            string[] fields =
            [
                r.Sequence.ToString(CultureInfo.InvariantCulture), r.Id.ToString(), r.Name, r.Email, r.Organisation ?? string.Empty,
                r.SignatoryId?.ToString() ?? string.Empty, r.Status, Iso(r.RegisteredAt), Iso(r.PromotedAt), Iso(r.CancelledAt),
                r.Attended is null ? string.Empty : r.Attended.Value ? "yes" : "no",
            ];
            csv.AppendJoin(',', fields.Select(Quote)).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Iso(DateTimeOffset? value) => value?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Quote(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
