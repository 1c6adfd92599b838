using Microsoft.Playwright;

namespace PlanetTechCare.Browser.Tests.Support;

public static class PageExtensions
{
    /// <summary>The text input of a MudBlazor field marked <c>data-testid</c> (the mark sits on the input or around it).</summary>
    public static ILocator Field(this IPage page, string testId) =>
        page.Locator($"input[data-testid='{testId}'], textarea[data-testid='{testId}'], [data-testid='{testId}'] input, [data-testid='{testId}'] textarea").First;

    /// <summary>Follows a link of the side menu and waits for the page's heading.</summary>
    public static async Task OpenAsync(this IPage page, string menuEntry, string heading)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = menuEntry, Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true }).WaitForAsync();
    }

    /// <summary>No API problem is shown on the page.</summary>
    public static Task ExpectNoProblemAsync(this IPage page) => Assertions.Expect(page.GetByTestId("problem")).ToHaveCountAsync(0);
}
