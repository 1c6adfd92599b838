namespace PlanetTechCare.Faults.Tests.Support;

/// <summary>
/// Bad values for every query parameter of every read operation the services document: text that
/// is no number, date or id where one is declared, numbers out of range, and control characters
/// (NUL among them) in any parameter. Each must be refused with a 400 naming the parameter.
/// </summary>
public static class BadQueries
{
    public static IEnumerable<BadInput> For(IReadOnlyList<ApiOperation> operations) =>
        from operation in operations.Where(o => o.Method == "GET")
        from parameter in operation.Query
        from value in ValuesFor(parameter)
        select new BadInput($"query {value.Kind}", "GET", $"{operation.SamplePath}?{Uri.EscapeDataString(parameter.Name)}={value.Encoded}", null, null)
        {
            Field = parameter.Name,
        };

    private static IEnumerable<(string Kind, string Encoded)> ValuesFor(QueryParameter parameter)
    {
        yield return ("NUL character", "a%00b");
        yield return ("control character", "%01");
        if (parameter.Types.Contains("integer"))
        {
            yield return ("not a number", "abc");
            yield return ("number out of range", "99999999999999999999");
            yield return ("decimal for an integer", "1.5");
        }

        if (parameter.Format is "date-time" or "date")
        {
            yield return ("not a date", "notadate");
        }

        if (parameter.Format is "uuid")
        {
            yield return ("not an id", "xyz");
        }
    }
}
