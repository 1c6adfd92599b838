using Microsoft.AspNetCore.Identity;
using PlanetTechCare.Identity.Data;

namespace PlanetTechCare.Identity.Extensions;

public static class StaffAccountExtensions
{
    public const string LoginPath = "/account/login";
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>ASP.NET Core Identity for staff: roles, lockout after 5 failures for 15 minutes, a cookie for the sign-in page.</summary>
    public static IHostApplicationBuilder AddStaffAccounts(this IHostApplicationBuilder builder)
    {
        builder.Services.AddIdentity<StaffUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
                options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
                // Length over composition (NIST SP 800-63B): generated passwords are long and random.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<IdentityServiceDbContext>()
            .AddDefaultTokenProviders();

        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = LoginPath;
            cookie.LogoutPath = "/account/logout";
            cookie.Cookie.Name = "ptc.identity";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        return builder;
    }
}
