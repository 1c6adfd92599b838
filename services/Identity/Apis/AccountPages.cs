using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.WebUtilities;

namespace PlanetTechCare.Identity.Apis;

/// <summary>
/// The server-rendered HTML of the sign-in and sign-out pages, with the antiforgery field, in the
/// page's language, styled by <see cref="AccountStyles"/> under its own content security policy.
/// </summary>
public static class AccountPages
{
    // French is written as is (é, not &#xE9;): only what HTML needs is escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static IResult Login(HttpContext context, IAntiforgery antiforgery, AccountTexts texts, string? returnUrl, string? email = null, string? error = null, int statusCode = StatusCodes.Status200OK)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var switchTo = QueryHelpers.AddQueryString(context.Request.PathBase + "/account/login",
            new Dictionary<string, string?> { ["returnUrl"] = returnUrl, ["lang"] = texts.OtherLanguageCode });
        return Page(context, texts, texts.SignInTitle, switchTo, $"""
            <h1>{Encode(texts.SignInTitle)}</h1>
            {Message(error)}
            <form method="post" action="{Encode(context.Request.PathBase + "/account/login")}">
              {Hidden(tokens.FormFieldName, tokens.RequestToken)}
              {Hidden("returnUrl", returnUrl)}
              {Hidden("lang", texts.Language)}
              <label>{Encode(texts.Email)} <input type="email" name="email" value="{Encode(email)}" autocomplete="username" required></label>
              <label>{Encode(texts.Password)} <input type="password" name="password" autocomplete="current-password" required></label>
              <button type="submit">{Encode(texts.SignIn)}</button>
            </form>
            """, statusCode);
    }

    /// <summary>After a one-time password: choose a new password (the change token proves the old one was given).</summary>
    public static IResult ChangePassword(HttpContext context, IAntiforgery antiforgery, AccountTexts texts, string email, string changeToken, string? returnUrl, string? error = null, int statusCode = StatusCodes.Status200OK)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return Page(context, texts, texts.ChooseTitle, null, $"""
            <h1>{Encode(texts.ChooseTitle)}</h1>
            <p>{Encode(texts.ChooseExplanation)}</p>
            {Message(error)}
            <form method="post" action="{Encode(context.Request.PathBase + "/account/password")}">
              {Hidden(tokens.FormFieldName, tokens.RequestToken)}
              {Hidden("email", email)}
              {Hidden("changeToken", changeToken)}
              {Hidden("returnUrl", returnUrl)}
              {Hidden("lang", texts.Language)}
              <label>{Encode(texts.NewPassword)} <input type="password" name="newPassword" autocomplete="new-password" minlength="12" required></label>
              <label>{Encode(texts.NewPasswordAgain)} <input type="password" name="confirmPassword" autocomplete="new-password" minlength="12" required></label>
              <button type="submit">{Encode(texts.SaveAndSignIn)}</button>
            </form>
            """, statusCode);
    }

    public static IResult Logout(HttpContext context, IAntiforgery antiforgery, AccountTexts texts, string? returnUrl)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return Page(context, texts, texts.SignOutTitle, null, $"""
            <h1>{Encode(texts.SignOutTitle)}</h1>
            <form method="post" action="{Encode(context.Request.PathBase + "/account/logout")}">
              {Hidden(tokens.FormFieldName, tokens.RequestToken)}
              {Hidden("returnUrl", returnUrl)}
              <button type="submit">{Encode(texts.SignOut)}</button>
            </form>
            """, StatusCodes.Status200OK);
    }

    private static IResult Page(HttpContext context, AccountTexts texts, string title, string? switchLanguage, string body, int statusCode)
    {
        context.Response.Headers.ContentSecurityPolicy = AccountStyles.Policy;
        context.Response.Headers.ContentLanguage = texts.Language;
        var languageLink = switchLanguage is null
            ? string.Empty
            : $"""<a href="{Encode(switchLanguage)}" hreflang="{texts.OtherLanguageCode}" lang="{texts.OtherLanguageCode}">{Encode(texts.OtherLanguage)}</a>""";
        return Results.Content($"""
            <!DOCTYPE html>
            <html lang="{texts.Language}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{Encode(title)}</title>
            <link rel="stylesheet" href="{Encode(context.Request.PathBase + AccountStyles.Path)}">
            </head>
            <body>
            <header class="bar"><span class="brand">{Encode(texts.Banner)}</span>{languageLink}</header>
            <main>
            {body}
            </main>
            </body>
            </html>
            """, "text/html; charset=utf-8", statusCode: statusCode);
    }

    private static string Message(string? error) =>
        error is null ? string.Empty : $"""<p class="error" role="alert">{Encode(error)}</p>""";

    private static string Hidden(string name, string? value) =>
        $"""<input type="hidden" name="{Encode(name)}" value="{Encode(value)}">""";

    private static string Encode(string? value) => Encoder.Encode(value ?? string.Empty);
}
