using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;

namespace PlanetTechCare.Identity.Apis;

/// <summary>The server-rendered HTML of the sign-in and sign-out pages, with the antiforgery field.</summary>
public static class AccountPages
{
    public static IResult Login(HttpContext context, IAntiforgery antiforgery, string? returnUrl, string? email = null, string? error = null, int statusCode = StatusCodes.Status200OK)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var message = error is null ? string.Empty : $"""<p class="error" role="alert">{Encode(error)}</p>""";
        return Page("Staff sign-in", $"""
            <h1>Planet Tech'Care staff sign-in</h1>
            {message}
            <form method="post" action="{Encode(context.Request.PathBase + "/account/login")}">
              <input type="hidden" name="{Encode(tokens.FormFieldName)}" value="{Encode(tokens.RequestToken)}">
              <input type="hidden" name="returnUrl" value="{Encode(returnUrl)}">
              <label>E-mail <input type="email" name="email" value="{Encode(email)}" autocomplete="username" required></label>
              <label>Password <input type="password" name="password" autocomplete="current-password" required></label>
              <button type="submit">Sign in</button>
            </form>
            """, statusCode);
    }

    /// <summary>After a one-time password: choose a new password (the change token proves the old one was given).</summary>
    public static IResult ChangePassword(HttpContext context, IAntiforgery antiforgery, string email, string changeToken, string? returnUrl, string? error = null, int statusCode = StatusCodes.Status200OK)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var message = error is null ? string.Empty : $"""<p class="error" role="alert">{Encode(error)}</p>""";
        return Page("Choose a new password", $"""
            <h1>Choose a new password</h1>
            <p>The password you were given can be used only once. Choose your own (at least 12 characters).</p>
            {message}
            <form method="post" action="{Encode(context.Request.PathBase + "/account/password")}">
              <input type="hidden" name="{Encode(tokens.FormFieldName)}" value="{Encode(tokens.RequestToken)}">
              <input type="hidden" name="email" value="{Encode(email)}">
              <input type="hidden" name="changeToken" value="{Encode(changeToken)}">
              <input type="hidden" name="returnUrl" value="{Encode(returnUrl)}">
              <label>New password <input type="password" name="newPassword" autocomplete="new-password" minlength="12" required></label>
              <label>New password again <input type="password" name="confirmPassword" autocomplete="new-password" minlength="12" required></label>
              <button type="submit">Save and sign in</button>
            </form>
            """, statusCode);
    }

    public static IResult Logout(HttpContext context, IAntiforgery antiforgery, string? returnUrl)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return Page("Sign out", $"""
            <h1>Sign out of Planet Tech'Care</h1>
            <form method="post" action="{Encode(context.Request.PathBase + "/account/logout")}">
              <input type="hidden" name="{Encode(tokens.FormFieldName)}" value="{Encode(tokens.RequestToken)}">
              <input type="hidden" name="returnUrl" value="{Encode(returnUrl)}">
              <button type="submit">Sign out</button>
            </form>
            """, StatusCodes.Status200OK);
    }

    private static IResult Page(string title, string body, int statusCode) => Results.Content($"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{Encode(title)}</title>
        <style>body{"{"}font-family:system-ui,sans-serif;max-width:26rem;margin:4rem auto;padding:0 1rem{"}"}label{"{"}display:block;margin:.8rem 0{"}"}input{"{"}display:block;width:100%;padding:.4rem{"}"}.error{"{"}color:#a00{"}"}</style>
        </head>
        <body>
        {body}
        </body>
        </html>
        """, "text/html; charset=utf-8", statusCode: statusCode);

    private static string Encode(string? value) => HtmlEncoder.Default.Encode(value ?? string.Empty);
}
