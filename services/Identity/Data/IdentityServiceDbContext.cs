using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace PlanetTechCare.Identity.Data;

/// <summary>
/// The identity service's own database: ASP.NET Core Identity's staff accounts and roles, and
/// OpenIddict's applications, authorizations, scopes and tokens.
/// </summary>
public sealed class IdentityServiceDbContext(DbContextOptions<IdentityServiceDbContext> options)
    : IdentityDbContext<StaffUser>(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseOpenIddict();
        builder.Entity<StaffUser>(entity => entity.Property(e => e.DisplayName).HasMaxLength(200));
        builder.UseSnakeCaseTableNames();
    }
}
