using System.Security.Cryptography;

namespace PlanetTechCare.Identity.Tests.Support;

/// <summary>Secrets made up for each test run, never committed; letters and digits only, as the AppHost generates them.</summary>
public static class TestSecrets
{
    public static string New(int length = 32) =>
        RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", length);
}
