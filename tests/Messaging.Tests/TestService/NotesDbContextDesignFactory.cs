using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PlanetTechCare.Messaging.Tests.TestService;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model; it never connects.</summary>
public sealed class NotesDbContextDesignFactory : IDesignTimeDbContextFactory<NotesDbContext>
{
    public NotesDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<NotesDbContext>().UseNpgsql("Host=localhost").UseSnakeCaseNamingConvention().Options);
}
