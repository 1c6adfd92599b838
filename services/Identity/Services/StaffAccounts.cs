using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using PlanetTechCare.Identity.Apis;
using PlanetTechCare.Identity.Data;

namespace PlanetTechCare.Identity.Services;

/// <summary>Staff accounts over ASP.NET Core Identity: create with a role, list, disable.</summary>
public sealed class StaffAccounts(UserManager<StaffUser> users, IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations, TimeProvider clock)
{
    /// <summary>Creates the account unless one has that e-mail; true when it was created.</summary>
    public async Task<bool> EnsureAsync(string email, string displayName, string role, string password)
    {
        if (await users.FindByEmailAsync(email) is not null)
        {
            return false;
        }

        await CreateAsync(email, displayName, role, password, passwordChangeRequired: false);
        return true;
    }

    /// <summary>A new account with a generated password, or null when the e-mail is taken.</summary>
    public async Task<CreatedStaff?> CreateAsync(CreateStaffRequest request)
    {
        if (await users.FindByEmailAsync(request.Email!.Trim()) is not null)
        {
            return null;
        }

        var password = OneTimePasswords.New();
        var user = await CreateAsync(request.Email.Trim(), request.DisplayName!.Trim(), request.Role!, password, passwordChangeRequired: true);
        return new CreatedStaff(View(user, request.Role!), password);
    }

    public async Task<(IReadOnlyList<StaffView> Items, long Total)> ListAsync(int skip, int take, CancellationToken cancellationToken)
    {
        var total = await users.Users.LongCountAsync(cancellationToken);
        var page = await users.Users.OrderBy(u => u.Email).Skip(skip).Take(take).ToListAsync(cancellationToken);
        var items = new List<StaffView>(page.Count);
        foreach (var user in page)
        {
            items.Add(View(user, (await users.GetRolesAsync(user)).FirstOrDefault() ?? string.Empty));
        }

        return (items, total);
    }

    /// <summary>Locks the account for good and revokes its tokens; null when there is no such account.</summary>
    public async Task<StaffView?> DisableAsync(string id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return null;
        }

        user.IsDisabled = true;
        ThrowIfFailed(await users.UpdateAsync(user));
        ThrowIfFailed(await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));
        ThrowIfFailed(await users.UpdateSecurityStampAsync(user));
        await tokens.RevokeBySubjectAsync(user.Id, cancellationToken);
        await authorizations.RevokeBySubjectAsync(user.Id, cancellationToken);
        return View(user, (await users.GetRolesAsync(user)).FirstOrDefault() ?? string.Empty);
    }

    public static void ThrowIfFailed(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    private async Task<StaffUser> CreateAsync(string email, string displayName, string role, string password, bool passwordChangeRequired)
    {
        var user = new StaffUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            CreatedAt = clock.GetUtcNow(),
            PasswordChangeRequired = passwordChangeRequired,
        };
        ThrowIfFailed(await users.CreateAsync(user, password));
        ThrowIfFailed(await users.AddToRoleAsync(user, role));
        return user;
    }

    private static StaffView View(StaffUser user, string role) =>
        new(user.Id, user.Email ?? string.Empty, user.DisplayName, role, user.IsDisabled, user.CreatedAt);
}
