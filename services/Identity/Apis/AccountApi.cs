using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using PlanetTechCare.Identity.Data;
using PlanetTechCare.Identity.Services;

namespace PlanetTechCare.Identity.Apis;

/// <summary>
/// The staff sign-in page (<c>/account/login</c>) and sign-out (<c>/account/logout</c>): plain HTML
/// forms protected by antiforgery tokens, in French or English (<see cref="AccountLanguage"/>), styled
/// by a stylesheet of their own. Five wrong passwords lock the account for 15 minutes.
/// </summary>
public static class AccountApi
{
    public static RouteGroupBuilder MapAccountApi(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").WithTags("Staff sign-in").ExcludeFromDescription();
        account.MapGet("/login", (HttpContext context, IAntiforgery antiforgery, string? returnUrl, string? lang) =>
            AccountPages.Login(context, antiforgery, AccountTexts.For(context, lang ?? AccountLanguage.AskedBy(returnUrl)), returnUrl));
        account.MapGet("/sign-in.css", () => Results.Text(AccountStyles.Css, "text/css; charset=utf-8"));
        account.MapPost("/login", SignInAsync);
        account.MapPost("/password", ChangePasswordAsync);
        account.MapGet("/logout", (HttpContext context, IAntiforgery antiforgery, string? returnUrl, string? lang) =>
            AccountPages.Logout(context, antiforgery, AccountTexts.For(context, lang), returnUrl));
        account.MapPost("/logout", SignOutAsync);
        return account;
    }

    public static async Task<IResult> SignInAsync(
        [FromForm] LoginForm form, HttpContext context, IAntiforgery antiforgery, SignInManager<StaffUser> signIn, UserManager<StaffUser> users)
    {
        var texts = AccountTexts.For(context, form.Lang);
        var user = string.IsNullOrWhiteSpace(form.Email) ? null : await users.FindByEmailAsync(form.Email.Trim());
        if (user is null || string.IsNullOrEmpty(form.Password))
        {
            return AccountPages.Login(context, antiforgery, texts, form.ReturnUrl, form.Email, texts.WrongCredentials, StatusCodes.Status400BadRequest);
        }

        if (user.IsDisabled)
        {
            return AccountPages.Login(context, antiforgery, texts, form.ReturnUrl, form.Email, texts.LockedOut, StatusCodes.Status403Forbidden);
        }

        if (user.PasswordChangeRequired)
        {
            var check = await signIn.CheckPasswordSignInAsync(user, form.Password, lockoutOnFailure: true);
            if (check.Succeeded)
            {
                var changeToken = await users.GeneratePasswordResetTokenAsync(user);
                return AccountPages.ChangePassword(context, antiforgery, texts, user.Email!, changeToken, form.ReturnUrl);
            }

            return AccountPages.Login(context, antiforgery, texts, form.ReturnUrl, form.Email,
                check.IsLockedOut ? texts.LockedOut : texts.WrongCredentials,
                check.IsLockedOut ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest);
        }

        var result = await signIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut || result.IsNotAllowed)
        {
            return AccountPages.Login(context, antiforgery, texts, form.ReturnUrl, form.Email, texts.LockedOut, StatusCodes.Status403Forbidden);
        }

        if (!result.Succeeded)
        {
            return AccountPages.Login(context, antiforgery, texts, form.ReturnUrl, form.Email, texts.WrongCredentials, StatusCodes.Status400BadRequest);
        }

        return Results.Redirect(LocalUrl.OrDefault(form.ReturnUrl, context.Request.PathBase + "/account/login"));
    }

    /// <summary>Replaces a one-time password with the staff member's own, then signs them in.</summary>
    public static async Task<IResult> ChangePasswordAsync(
        [FromForm] ChangePasswordForm form, HttpContext context, IAntiforgery antiforgery, SignInManager<StaffUser> signIn, UserManager<StaffUser> users)
    {
        var texts = AccountTexts.For(context, form.Lang);
        var user = string.IsNullOrWhiteSpace(form.Email) ? null : await users.FindByEmailAsync(form.Email.Trim());
        if (user is null || user.IsDisabled || !user.PasswordChangeRequired || string.IsNullOrEmpty(form.ChangeToken))
        {
            return AccountPages.Login(context, antiforgery, texts, form.ReturnUrl, form.Email, texts.SignInAgain, StatusCodes.Status400BadRequest);
        }

        if (string.IsNullOrEmpty(form.NewPassword) || form.NewPassword != form.ConfirmPassword)
        {
            return AccountPages.ChangePassword(context, antiforgery, texts, user.Email!, form.ChangeToken, form.ReturnUrl,
                texts.PasswordsDiffer, StatusCodes.Status400BadRequest);
        }

        if (await users.CheckPasswordAsync(user, form.NewPassword))
        {
            return AccountPages.ChangePassword(context, antiforgery, texts, user.Email!, form.ChangeToken, form.ReturnUrl,
                texts.SamePassword, StatusCodes.Status400BadRequest);
        }

        var reset = await users.ResetPasswordAsync(user, form.ChangeToken, form.NewPassword);
        if (!reset.Succeeded)
        {
            return AccountPages.ChangePassword(context, antiforgery, texts, user.Email!, form.ChangeToken, form.ReturnUrl,
                texts.Describe(reset.Errors, users.Options.Password), StatusCodes.Status400BadRequest);
        }

        user.PasswordChangeRequired = false;
        StaffAccounts.ThrowIfFailed(await users.UpdateAsync(user));
        await signIn.SignInAsync(user, isPersistent: false);
        return Results.Redirect(LocalUrl.OrDefault(form.ReturnUrl, context.Request.PathBase + "/account/login"));
    }

    public static async Task<IResult> SignOutAsync([FromForm] LogoutForm form, HttpContext context, SignInManager<StaffUser> signIn)
    {
        await signIn.SignOutAsync();
        return Results.Redirect(LocalUrl.OrDefault(form.ReturnUrl, context.Request.PathBase + "/account/login"));
    }
}
