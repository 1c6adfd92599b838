using Microsoft.Playwright;

namespace PlanetTechCare.BrowserSupport;

/// <summary>A staff member signing in to the dashboard, through the identity service's sign-in page.</summary>
public static class StaffSignIn
{
    /// <summary>
    /// Opens the dashboard (<paramref name="page"/>'s base address), which sends an anonymous browser to
    /// the sign-in page; fills it in, and waits until the dashboard shows its overview, signed in.
    /// </summary>
    public static async Task SignInAsync(this IPage page, Uri dashboard, string email, string password)
    {
        await page.GotoAsync("/");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(dashboard.ToString(), StringComparison.Ordinal) && !url.Contains("signin-oidc", StringComparison.Ordinal));
    }
}
