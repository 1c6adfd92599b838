namespace PlanetTechCare.BrowserSupport;

/// <summary>One request a page made (its method and address) and the bytes it brought back.</summary>
public sealed record PageTransfer(string Request, long Bytes);
