namespace PlanetTechCare.BrowserSupport;

/// <summary>The repository the tests run in (the folder holding <c>PlanetTechCare.sln</c>, above the test binaries) and its git-ignored <c>artifacts/</c>.</summary>
public static class RepositoryFolders
{
    public static string Root { get; } = FindRoot();

    /// <summary><c>artifacts/<paramref name="name"/></c> at the repository root, where tests leave what they produce.</summary>
    public static string Artifacts(string name) => Path.Combine(Root, "artifacts", name);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PlanetTechCare.sln")))
            {
                return folder.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}
