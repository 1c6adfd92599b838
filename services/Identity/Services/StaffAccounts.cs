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

        var user = NewUser(email, displayName, passwordChangeRequired: false);
        ThrowIfFailed(await users.CreateAsync(user, password));
        ThrowIfFailed(await users.AddToRoleAsync(user, role));
        return true;
    }

    /// <summary>
    /// A new account with a generated password; nothing when the e-mail is taken; Identity's refusals
    /// under the field they are about (<see cref="IdentityErrorFields"/>) when it refuses the account.
    /// </summary>
    public async Task<(CreatedStaff? Created, Dictionary<string, string[]>? Refused)> CreateAsync(CreateStaffRequest request)
    {
        var email = request.Email!.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return (null, null);
        }

        var password = OneTimePasswords.New();
        var user = NewUser(email, request.DisplayName!.Trim(), passwordChangeRequired: true);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded && IdentityErrorFields.ByField(created.Errors) is { } refused)
        {
            return (null, refused);
        }

        ThrowIfFailed(created);
        ThrowIfFailed(await users.AddToRoleAsync(user, request.Role!));
        return (new CreatedStaff(View(user, request.Role!), password), null);
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

    private StaffUser NewUser(string email, string displayName, bool passwordChangeRequired) => new()
    {
        UserName = email,
        Email = email,
        EmailConfirmed = true,
        DisplayName = displayName,
        CreatedAt = clock.GetUtcNow(),
        PasswordChangeRequired = passwordChangeRequired,
    };

    private static StaffView View(StaffUser user, string role) =>
        new(user.Id, user.Email ?? string.Empty, user.DisplayName, role, user.IsDisabled, user.CreatedAt);
}
