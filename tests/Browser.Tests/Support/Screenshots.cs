using Microsoft.Playwright;

namespace PlanetTechCare.Browser.Tests.Support;

/// <summary>Saves full-page screenshots as test artefacts, under <c>artifacts/screenshots/</c> at the repository root (git-ignored).</summary>
public static class Screenshots
{
    public static string Folder { get; } = RepositoryFolders.Artifacts("screenshots");

    public static async Task SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        await Assertions.Expect(page.GetByTestId("progress")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png"), FullPage = true });
    }
}
