namespace PlanetTechCare.AppHost.Hosting;

/// <summary>Prints the resources with their URL and state.</summary>
internal static class ResourceTable
{
    public static void Write(TextWriter output, IReadOnlyList<ResourceSnapshot> snapshots)
    {
        var rows = snapshots
            .Select(snapshot => (
                Name: snapshot.Replica > 0 || snapshots.Count(other => other.Name == snapshot.Name) > 1
                    ? $"{snapshot.Name}-{snapshot.Replica}"
                    : snapshot.Name,
                Url: snapshot.Endpoint?.ToString().TrimEnd('/') ?? "-",
                State: snapshot.State.ToString()))
            .ToList();
        if (rows.Count == 0)
        {
            return;
        }

        var nameWidth = Math.Max("Resource".Length, rows.Max(row => row.Name.Length));
        var urlWidth = Math.Max("URL".Length, rows.Max(row => row.Url.Length));
        output.WriteLine();
        output.WriteLine($"{"Resource".PadRight(nameWidth)}  {"URL".PadRight(urlWidth)}  State");
        output.WriteLine($"{new string('-', nameWidth)}  {new string('-', urlWidth)}  -----");
        foreach (var (name, url, state) in rows)
        {
            output.WriteLine($"{name.PadRight(nameWidth)}  {url.PadRight(urlWidth)}  {state}");
        }

        output.WriteLine();
    }
}
