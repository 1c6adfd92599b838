namespace PlanetTechCare.BrowserSupport;

/// <summary>
/// The EcoIndex score of a web page (cnumr's ecoindex_python and ecoindex_reference): where its DOM
/// elements, requests and kilobytes transferred fall among the HTTP Archive's pages (quantile tables of
/// twenty bands each), weighted 3, 2 and 1, on a scale of 100 (lightest) to 0; then its grade, A to G.
/// </summary>
public static class EcoIndex
{
    /// <summary>DOM elements at each band's lower bound.</summary>
    public static IReadOnlyList<double> DomQuantiles { get; } =
        [0, 47, 75, 159, 233, 298, 358, 417, 476, 537, 603, 674, 753, 843, 949, 1076, 1237, 1459, 1801, 2479, 594601];

    /// <summary>Requests at each band's lower bound.</summary>
    public static IReadOnlyList<double> RequestQuantiles { get; } =
        [0, 2, 15, 25, 34, 42, 49, 56, 63, 70, 78, 86, 95, 105, 117, 130, 147, 170, 205, 281, 3920];

    /// <summary>Kilobytes transferred at each band's lower bound.</summary>
    public static IReadOnlyList<double> KilobyteQuantiles { get; } =
    [
        0, 1.37, 144.7, 319.53, 479.46, 631.97, 783.38, 937.91, 1098.62, 1265.47, 1448.32, 1648.27, 1876.08,
        2142.06, 2465.37, 2866.31, 3401.59, 4155.73, 5400.08, 8037.54, 223212.26,
    ];

    /// <summary>
    /// <c>round(100 - 5 × (3·q(dom) + 2·q(requests) + q(size)) / 6)</c>, rounded half to even as Python's
    /// <c>round</c> does; <paramref name="kilobytes"/> is bytes / 1024.
    /// </summary>
    public static int Score(int domElements, int requests, double kilobytes)
    {
        var weighted = (3 * Quantile(DomQuantiles, domElements)) + (2 * Quantile(RequestQuantiles, requests)) + Quantile(KilobyteQuantiles, kilobytes);
        return (int)Math.Round(100 - (5 * weighted / 6), MidpointRounding.ToEven);
    }

    /// <summary>A above 80, B above 70, C above 55, D above 40, E above 25, F above 10, else G.</summary>
    public static char Grade(int score) => score switch
    {
        > 80 => 'A',
        > 70 => 'B',
        > 55 => 'C',
        > 40 => 'D',
        > 25 => 'E',
        > 10 => 'F',
        _ => 'G',
    };

    /// <summary>The band <paramref name="value"/> falls in (0 to 20), with its position inside the band; 20 beyond the table.</summary>
    public static double Quantile(IReadOnlyList<double> quantiles, double value)
    {
        for (var i = 1; i < quantiles.Count; i++)
        {
            if (value < quantiles[i])
            {
                return i - 1 + ((value - quantiles[i - 1]) / (quantiles[i] - quantiles[i - 1]));
            }
        }

        return quantiles.Count - 1;
    }
}
