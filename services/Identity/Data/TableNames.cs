using System.Text;
using Microsoft.EntityFrameworkCore;

namespace PlanetTechCare.Identity.Data;

/// <summary>
/// ASP.NET Core Identity and OpenIddict name their tables explicitly (<c>AspNetUsers</c>,
/// <c>OpenIddictTokens</c>), which the snake_case convention leaves alone; this gives them the
/// database's style: <c>identity_users</c>, <c>openiddict_tokens</c>.
/// </summary>
public static class TableNames
{
    public static void UseSnakeCaseTableNames(this ModelBuilder builder)
    {
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            if (entity.GetTableName() is { } name)
            {
                entity.SetTableName(ToSnakeCase(name));
            }
        }
    }

    public static string ToSnakeCase(string name)
    {
        var rest = name.StartsWith("AspNet", StringComparison.Ordinal) ? ("identity_", name["AspNet".Length..])
            : name.StartsWith("OpenIddict", StringComparison.Ordinal) ? ("openiddict_", name["OpenIddict".Length..])
            : (string.Empty, name);
        var snake = new StringBuilder(rest.Item1);
        for (var i = 0; i < rest.Item2.Length; i++)
        {
            var c = rest.Item2[i];
            if (char.IsUpper(c) && i > 0 && rest.Item2[i - 1] != '_')
            {
                snake.Append('_');
            }

            snake.Append(char.ToLowerInvariant(c));
        }

        return snake.ToString();
    }
}
